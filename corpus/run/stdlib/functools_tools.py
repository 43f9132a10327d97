# functools: reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, singledispatch.
import functools

print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(lambda a, b: a + b, [], "start"))
pow2 = functools.partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, functools.partial(int, base=16)("ff"))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper


@deco
def documented():
    "the doc"


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 10), Version(1, 2, 1), Version(0, 9)]
print(sorted(vs), Version(1) >= Version(0, 5), Version(2) <= Version(1))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))


@functools.singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: int):
    return "int"


@describe.register(list)
def _(x):
    return "list"


print(describe(1), describe([]), describe("s"), describe(True))
