# The `_contextvars` module (PEP 567) as Python/context.c behaves: a `Context` maps
# `ContextVar`s to values and is never changed in place (a `set` replaces the mapping, as
# context.c's HAMT gives a new one), so a `copy_context()` snapshot keeps its values. The
# current context belongs to the running thread (`tstate->context`): `_get_context()` and
# `_set_context()` read and write the interpreter's per-thread slot, which a new thread starts
# empty.


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()
_NO_DEFAULT = object()


def _final(cls):
    # context.c's types lack Py_TPFLAGS_BASETYPE.
    def refuse(sub, **kwargs):
        raise TypeError("type '_contextvars." + cls.__name__
                        + "' is not an acceptable base type")
    cls.__init_subclass__ = classmethod(refuse)
    return cls


@_final
class Context:
    __slots__ = ('_vars', '_prev', '_entered')

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = object.__new__(cls)
        self._vars = {}
        self._prev = None
        self._entered = False
        return self

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError('cannot enter context: ' + object.__repr__(self)
                               + ' is already entered')
        self._prev = _get_current()
        self._entered = True
        _set_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _set_context(self._prev)
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._vars = self._vars
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got ' + repr(var))
        return self._vars[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got ' + repr(var))
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got ' + repr(var))
        return self._vars.get(var, default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


def _get_current():
    current = _get_context()
    if current is None:
        current = Context()
        _set_context(current)
    return current


def copy_context():
    return _get_current().copy()


@_final
class ContextVar:
    __slots__ = ('_name', '_default', '__weakref__')

    def __new__(cls, *args, **kwargs):
        # `PyArg_ParseTupleAndKeywords(args, kwds, "O|$O:ContextVar", ...)` and its messages.
        if len(args) + len(kwargs) > 2:
            raise TypeError('ContextVar() takes at most 2 arguments (%d given)'
                            % (len(args) + len(kwargs)))
        if len(args) > 1:
            raise TypeError('ContextVar() takes at most 1 positional argument (%d given)'
                            % len(args))
        if not args:
            raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
        for key in kwargs:
            if key != 'default':
                raise TypeError('%r is an invalid keyword argument for ContextVar()' % key)
        name = args[0]
        default = kwargs.get('default', _NO_DEFAULT)
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self = object.__new__(cls)
        self._name = name
        self._default = default
        return self

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got ' + str(len(args)))
        vars = _get_current()._vars
        if self in vars:
            return vars[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _get_current()
        old = ctx._vars.get(self, _MISSING)
        new = dict(ctx._vars)
        new[self] = value
        ctx._vars = new
        return Token._make(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got ' + repr(token))
        if token._used:
            raise RuntimeError(repr(token) + ' has already been used once')
        if token._var is not self:
            raise ValueError(repr(token) + ' was created by a different ContextVar')
        ctx = _get_current()
        if token._ctx is not ctx:
            raise ValueError(repr(token) + ' was created in a different Context')
        new = dict(ctx._vars)
        if token._old is _MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._vars = new
        token._used = True

    def __repr__(self):
        text = '<ContextVar name=' + repr(self._name)
        if self._default is not _NO_DEFAULT:
            text += ' default=' + repr(self._default)
        return text + ' at 0x%x>' % id(self)

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_GenericAlias = type(list[int])


@_final
class Token:
    __slots__ = ('_ctx', '_var', '_old', '_used')
    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _make(cls, ctx, var, old):
        self = object.__new__(cls)
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False
        return self

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token' + used + ' var=' + repr(self._var) + ' at 0x%x>' % id(self)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


del _final
