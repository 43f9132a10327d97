# The `_ast` module's classes, built from the node table krait's syntax crate declares
# (`_n_table`, passed in by ast/mod.rs): the `AST` base with Python-ast.c's constructor and
# `__reduce__`, one abstract class per ASDL sum, one class per constructor and product.

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class AST:
    __module__ = 'ast'
    _fields = ()
    __match_args__ = ()
    _attributes = ()

    # The node types' `tp_new` is `PyType_GenericNew`, which takes any arguments (they are
    # for `__init__`), so a subclass's own `__new__` may pass its arguments on, as `ast.py`'s
    # deprecated `Num`/`Str`/... classes do.
    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    # As ast_type_init does: positional arguments fill `_fields` in order, keywords set any
    # attribute, and a keyword naming an already filled field is an error.
    def __init__(self, *args, **kwargs):
        fields = getattr(type(self), '_fields', ())
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError('%.400s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, n, '' if n == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for key, value in kwargs.items():
            if key in fields[:len(args)]:
                raise TypeError("%.400s got multiple values for argument '%s'"
                                % (type(self).__name__, key))
            setattr(self, key, value)

    # As ast_type_reduce does: the class, no arguments, and the instance dict as state.
    def __reduce__(self):
        d = getattr(self, '__dict__', None)
        if d is not None:
            return type(self), (), d
        return type(self), ()


_LOCATIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def _make(name, base, fields, optional, located, doc):
    ns = {'__module__': 'ast', '_fields': fields, '__match_args__': fields, '__doc__': doc}
    if located:
        ns['_attributes'] = _LOCATIONS
        ns['end_lineno'] = None
        ns['end_col_offset'] = None
    for f in optional:
        ns[f] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


# Each row: (abstract name or None, located, [(class, fields, optional fields, located, doc)]).
# An abstract sum has its own class holding the location attributes; a product is its own class.
def _build(table):
    singletons = {}
    for abstract, located, classes in table:
        if abstract is None:
            for name, fields, optional, own_located, doc in classes:
                _make(name, AST, fields, optional, own_located, doc)
            continue
        base = _make(abstract, AST, (), (), located, None)
        if abstract == 'pattern':
            # Patterns' end positions are plain `int` in the ASDL: no class default.
            del base.end_lineno, base.end_col_offset
        for name, fields, optional, own_located, doc in classes:
            cls = _make(name, base, fields, optional, False, doc)
            if not fields and not located:
                singletons[name] = cls()
    return singletons


_singletons = _build(_n_table)
del _n_table, _build, _make
