# CPython's pure-Python standard library imported in place: collections, functools, types,
# enum, copy, heapq, bisect, operator, keyword, reprlib, abc, each used a little.
import collections
import functools
import types
import enum
import copy
import heapq
import bisect
import operator
import keyword
import reprlib
import abc

Point = collections.namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p._replace(y=5), p._asdict())
c = collections.Counter("abracadabra")
print(c.most_common(3))
od = collections.OrderedDict([("b", 1), ("a", 2)])
od.move_to_end("b")
print(list(od), od)
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
print(functools.reduce(operator.mul, range(1, 8)), functools.partial(pow, 2)(10))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2


print(Color.RED, Color(2), list(Color), Color.GREEN.name, Color["RED"].value)
print(Perm.R | Perm.W, int(Perm.R | Perm.W))
ns = types.SimpleNamespace(a=1, b=2)
print(ns, types.FunctionType, type(len) is types.BuiltinFunctionType)
d = {"k": [1, 2]}
e = copy.deepcopy(d)
e["k"].append(3)
print(d, e, copy.copy([1, [2]]))
h = [5, 1, 4, 2]
heapq.heapify(h)
print(heapq.nsmallest(2, h), heapq.heappop(h), h)
a = [1, 3, 5]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 4))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3))
print(keyword.iskeyword("yield"), keyword.issoftkeyword("match"))
print(reprlib.repr(list(range(100))))


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Impl(Base):
    def run(self):
        return "ran"


print(Impl().run(), isinstance(Impl(), Base))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
