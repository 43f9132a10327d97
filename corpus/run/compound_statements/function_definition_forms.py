# Less common def forms: positional-only with defaults, keyword-only after *args, annotations with defaults.
def f(a, b=2, /, c=3, *, d, e=5):
    return a, b, c, d, e


print(f(1, d=4), f(1, 2, 3, d=4, e=6), f(1, c=30, d=4))
try:
    f(1, b=2, d=4)
except TypeError as err:
    print("TypeError:", err)


def g(*args, sep=", ", **kwargs):
    return sep.join(map(str, args)) + (" " + str(sorted(kwargs)) if kwargs else "")


print(g(1, 2, 3), g(1, 2, sep="-"), g(x=1), g())


def h(a: int = 1, *rest: str, flag: bool = False, **extra: float) -> tuple:
    return a, rest, flag, extra


print(h(), h(5, "x", flag=True, z=1.5), h.__annotations__)


def returns_generator_function():
    def gen():
        yield 1
    return gen


print(list(returns_generator_function()()))


def recursive_default(n, acc=None):
    acc = [] if acc is None else acc
    if n:
        acc.append(n)
        return recursive_default(n - 1, acc)
    return acc


print(recursive_default(4), recursive_default(2))
