# def: parameters of every kind, defaults evaluated once, annotations, docstrings, nesting.
def everything(a, b=2, /, c=3, *args, d, e=5, **kwargs) -> "result":
    "Docstring of everything."
    return (a, b, c, args, d, e, kwargs)


print(everything(1, d=4))
print(everything(1, 20, 30, 40, 50, d=4, e=6, f=7))
print(everything.__doc__, everything.__annotations__)
print(everything.__defaults__, everything.__kwdefaults__)
co = everything.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames[:7])
counter = 0


def default_evaluated_once(x=[]):
    x.append(len(x))
    return x


print(default_evaluated_once(), default_evaluated_once())


def make_default():
    global counter
    counter += 1
    return counter


def f(v=make_default()):
    return v


print(f(), f(), counter)


def outer(n):
    def inner(m):
        return n + m
    inner.__doc__ = f"adds {n}"
    return inner


add3 = outer(3)
print(add3(4), add3.__doc__, add3.__qualname__)


def annotated(x: int, *args: str, y: float = 1.0, **kw: bool) -> None:
    pass


print(annotated.__annotations__)


def redefined():
    return 1


def redefined():
    return 2


print(redefined())
if True:
    def conditional():
        return "defined in if"
print(conditional())
print(everything.__name__, everything.__module__, callable(everything))
