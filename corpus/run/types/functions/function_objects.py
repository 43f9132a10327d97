# Function objects: attributes, closures, defaults, code objects and call signatures.
def outer(x, y=2, *args, z, **kw):
    "outer docstring"
    w = x + y

    def inner(q):
        return q + w + z
    return inner


f = outer(1, z=10)
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__defaults__, outer.__kwdefaults__)
print(f.__name__, f.__qualname__, f(5), len(f.__closure__), [c.cell_contents for c in f.__closure__])
co = outer.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, f.__code__.co_freevars, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
print(type(outer).__name__, callable(outer), outer.__module__, type(co).__name__)
outer.attr = "x"
print(outer.__dict__, hasattr(f, "attr"))
g = lambda: None
print(g.__name__, g.__qualname__, g.__defaults__, g.__closure__)


def kwonly(*, a, b=5):
    return a + b


print(kwonly(a=1), kwonly.__kwdefaults__)
kwonly.__kwdefaults__ = {"b": 100}
print(kwonly(a=1))
try:
    outer.__code__ = 5
except TypeError as e:
    print("TypeError:", e)


def swap_code():
    return "original"


def other():
    return "swapped"


swap_code.__code__ = other.__code__
print(swap_code(), swap_code.__name__)
print(len.__name__, len.__qualname__, type(len).__name__, len.__module__, [].append.__qualname__)
