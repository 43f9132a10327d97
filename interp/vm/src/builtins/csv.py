# The `_csv` module under `Lib/csv.py`, behaving as Modules/_csv.c in 3.11: the `Dialect`
# type and its validation messages, the dialect registry, the reader's parsing state machine
# (run natively by `_parse_line`, one character at a time with the end of each line fed as a
# separate event) and the writer's quoting and escaping rules (`_writerow` for plain rows).

"""CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(",") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_MISSING = object()
_field_limit = 128 * 1024


class Error(Exception):
    pass


_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
          'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _set_char(name, value):
    # _set_char: a required one-character string.
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _set_char_or_none(name, value):
    # _set_char_or_none: None means "not set".
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _set_int(name, value):
    # _set_int takes exact ints only (PyLong_Check, not __index__).
    if not isinstance(value, int):
        raise TypeError('"%s" must be an integer' % name)
    return int(value)


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            # dialect_new hands back an existing Dialect when no keyword overrides it.
            if isinstance(dialect, Dialect) and not kwargs:
                return dialect
        # A keyword given (even as None) wins; else the dialect's attribute; else missing.
        v = {}
        for name in _ATTRS:
            if name in kwargs:
                v[name] = kwargs[name]
            elif dialect is not None:
                v[name] = getattr(dialect, name, _MISSING)
            else:
                v[name] = _MISSING
        self = object.__new__(cls)
        s = object.__setattr__
        x = v['delimiter']
        s(self, '_delimiter', ',' if x is _MISSING else _set_char('delimiter', x))
        x = v['doublequote']
        s(self, '_doublequote', True if x is _MISSING else bool(x))
        x = v['escapechar']
        s(self, '_escapechar', None if x is _MISSING else _set_char_or_none('escapechar', x))
        x = v['lineterminator']
        if x is _MISSING:
            x = '\r\n'
        elif x is not None and not isinstance(x, str):
            raise TypeError('"lineterminator" must be a string')
        s(self, '_lineterminator', x)
        x = v['quotechar']
        s(self, '_quotechar', '"' if x is _MISSING else _set_char_or_none('quotechar', x))
        x = v['quoting']
        s(self, '_quoting', QUOTE_MINIMAL if x is _MISSING else _set_int('quoting', x))
        x = v['skipinitialspace']
        s(self, '_skipinitialspace', False if x is _MISSING else bool(x))
        x = v['strict']
        s(self, '_strict', False if x is _MISSING else bool(x))
        if self._quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        # A quotechar of None with no quoting given means QUOTE_NONE (dialect_new).
        if v['quotechar'] is None and v['quoting'] is _MISSING:
            s(self, '_quoting', QUOTE_NONE)
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if self._lineterminator is None:
            raise TypeError('lineterminator must be set')
        return self

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


def _make_dialect(args, kwargs):
    # _call_dialect: the positional dialect, if any, then the keywords (which may name it).
    if len(args) > 1:
        return Dialect(args[1], **kwargs)
    return Dialect(**kwargs)


def _count_args(fname, args, lo, hi):
    # Argument Clinic-free checks as _csv.c's PyArg_UnpackTuple calls word them.
    if len(args) < lo:
        raise TypeError('%s expected at least %d argument%s, got %d'
                        % (fname, lo, '' if lo == 1 else 's', len(args)))
    if len(args) > hi:
        raise TypeError('%s expected at most %d argument%s, got %d'
                        % (fname, hi, '' if hi == 1 else 's', len(args)))


def register_dialect(*args, **kwargs):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    _count_args('', args, 1, 2)
    name = args[0]
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    dialect = _make_dialect(args, kwargs)
    _dialects[name] = dialect


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name.
    csv.unregister_dialect(name)"""
    try:
        del _dialects[name]
    except KeyError:
        raise Error('unknown dialect') from None


def get_dialect(name):
    """Return the dialect instance associated with name.
    dialect = csv.get_dialect(name)"""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    """Return a list of all know dialect names.
    names = csv.list_dialects()"""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.
    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    for key in kwargs:
        if key != 'new_limit':
            raise TypeError("'%s' is an invalid keyword argument for field_size_limit()" % key)
    if len(args) + len(kwargs) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)'
                        % (len(args) + len(kwargs)))
    old = _field_limit
    if args or kwargs:
        new = args[0] if args else kwargs['new_limit']
        if not isinstance(new, int):
            raise TypeError('limit must be an integer')
        _field_limit = int(new)
    return old


# The reader's states (ParserState in _csv.c).
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""
    __slots__ = ('_input', 'dialect', 'line_num', '_fields', '_field', '_state',
                 '_numeric', '_fast', '_params')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_csv.reader' is not an acceptable base type")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.reader' instances")

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _fast_record(self, line):
        # A whole record on one line with no quoting, escaping or embedded line breaks takes
        # the state machine's path through START_FIELD/IN_FIELD only, which is a split on the
        # delimiter; anything else (or a field over the limit) goes character by character.
        delimiter, quotechar, escapechar, quoting, skipspace = self._fast
        body = line.rstrip('\r\n')
        if '\r' in body or '\n' in body or skipspace:
            return None
        if quotechar is not None and quoting != QUOTE_NONE and quotechar in body:
            return None
        if escapechar is not None and escapechar in body:
            return None
        if not body:
            return []
        fields = body.split(delimiter)
        for f in fields:
            if len(f) > _field_limit:
                return None
        if quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        return fields

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s '
                            '(the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._fast_record(line)
                if fields is not None:
                    return fields
            # The state machine over the line and its end runs natively (`_parse_line`).
            r = _parse_line(line, self._fields, ''.join(self._field), self._state,
                            self._numeric, self._params, _field_limit)
            if type(r) is str:
                raise Error(r)
            self._state, field, self._numeric = r
            self._field = list(field)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


Reader.__name__ = Reader.__qualname__ = 'reader'


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""
    __slots__ = ('_write', 'dialect', '_fast', '_params')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_csv.writer' is not an acceptable base type")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    def _join(self, out, field, quoted, quote_empty, first):
        # join_append_data: decides quoting and escaping for one field.
        d = self.dialect
        delimiter, quotechar, escapechar, quoting, lineterminator = self._fast
        parts = [] if first else [delimiter]
        body = []
        plain = delimiter not in field
        for c in lineterminator:
            if c in field:
                plain = False
        if plain and quotechar is not None:
            plain = quotechar not in field
        if plain and escapechar is not None:
            plain = escapechar not in field
        # Nothing to quote or escape: the field as it is (join_append_data's loop would copy it).
        for c in ('' if plain else field):
            want_escape = False
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            body.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    body.append(d.escapechar)
            body.append(c)
        if not field and quote_empty:
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            quoted = True
        if plain:
            body = [field]
        if quoted:
            parts.append(quotechar)
            parts.extend(body)
            parts.append(quotechar)
        else:
            parts.extend(body)
        out.extend(parts)

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        # A list or tuple of plain values is quoted and joined natively (`_writerow`, the
        # same steps as below).
        line = _writerow(row, self._params)
        if line is not None:
            if type(line) is tuple:
                raise Error(line[0])
            return self._write(line)
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error('iterable expected, not %.200s' % type(row).__name__) from None
        out = []
        count = 0
        quoting = self._fast[3]
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if isinstance(field, str):
                text = field
            elif field is None:
                text = ''
            else:
                text = str(field)
            self._join(out, text, quoted, False, count == 0)
            count += 1
        if count and not any(out):
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            self._join(out, '', True, True, True)
        out.append(d.lineterminator)
        return self._write(''.join(out))

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = 'writer'


def _is_number(obj):
    # PyNumber_Check: the type has __index__, __int__, __float__ or is complex.
    t = type(obj)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or isinstance(obj, complex))


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
"""
    _count_args('', args, 1, 2)
    self = object.__new__(Reader)
    self._input = iter(args[0])
    d = self.dialect = _make_dialect(args, kwargs)
    # The dialect cannot change, so the fast path reads its settings once.
    self._fast = (d.delimiter, d.quotechar, d.escapechar, d.quoting, d.skipinitialspace)
    self._params = (d.delimiter, d.quotechar, d.escapechar, d.quoting, d.doublequote,
                    d.skipinitialspace, d.strict)
    self.line_num = 0
    self._fields = None
    self._field = []
    self._state = _START_RECORD
    self._numeric = False
    return self


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
"""
    _count_args('', args, 1, 2)
    self = object.__new__(Writer)
    try:
        self._write = args[0].write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    d = self.dialect = _make_dialect(args, kwargs)
    self._fast = (d.delimiter, d.quotechar, d.escapechar, d.quoting, d.lineterminator)
    self._params = (d.delimiter, d.quotechar, d.escapechar, d.quoting, d.lineterminator,
                    d.doublequote)
    return self


Reader.__module__ = Writer.__module__ = Dialect.__module__ = Error.__module__ = '_csv'
