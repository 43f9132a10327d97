# Views and iterators that only the interpreter makes cannot be instantiated (with or without
# arguments); a view inside its own repr shows "..." (Py_ReprEnter); a duplicate ** key is named
# by its str(), whatever its type (format_kwargs_error).
kt = type({}.keys())
for t in (kt, type({}.values()), type({}.items()), type(iter([])), type(iter({})), type(x for x in ()), type(iter(range(3)))):
    for args in ((), ({},)):
        try:
            t(*args)
        except TypeError as e:
            print(t.__name__, len(args), e)
d = {}
d[1] = d.values()
print(repr(d))
d = {}
d[1] = d.items()
print(repr(d))
d = {}
d[1] = d.keys()
print(repr(d))
def f(**kw):
    return kw
for a, b in (({1: 3}, {1: 5}), ({"x": 1}, {"x": 2}), ({(1, 2): 0}, {(1, 2): 0})):
    try:
        f(**a, **b)
    except TypeError as e:
        print(e)
