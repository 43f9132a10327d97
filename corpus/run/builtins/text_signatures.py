# inspect.signature of built-in types and of C-module functions and types, which it reads from
# their __text_signature__; a class statement's docstring can carry a signature too.
import inspect
import itertools
import operator
import functools
import collections
import struct
import heapq
import bisect


def signature(obj):
    try:
        return inspect.signature(obj)
    except ValueError as e:
        return f"ValueError: {e}"


for t in [complex, enumerate, float, list, tuple, reversed, object, property, memoryview,
          int, str, bytes, dict, set, frozenset, range, slice, type, zip, map, filter]:
    print(t.__name__, repr(t.__text_signature__), signature(t))

for t in [itertools.count, itertools.cycle, itertools.repeat, itertools.accumulate,
          itertools.combinations, itertools.permutations, itertools.product,
          itertools.groupby, itertools.starmap, itertools.pairwise, itertools.zip_longest,
          collections.deque, struct.Struct]:
    print(t.__module__, t.__name__, repr(t.__text_signature__), signature(t))

for f in [operator.add, operator.abs, operator.index, operator.call, operator.countOf,
          operator.length_hint, functools.reduce, heapq.heappush, heapq.heappushpop,
          bisect.bisect_left, bisect.insort_right, struct.pack_into, itertools.tee]:
    print(f.__module__, f.__name__, f.__text_signature__, signature(f))

for m in [collections.deque.append, collections.deque.rotate, struct.Struct.unpack_from,
          itertools.count.__reduce__]:
    print(m.__qualname__, m.__text_signature__)


class Plain:
    pass


class Documented:
    """Documented(a, b=2)
--

A class whose docstring opens with its signature."""


class Unfinished:
    """Unfinished(a)

The blank line comes before any '--' line, so there is no signature."""


class Misnamed:
    """Other(a)
--

The docstring names another class."""


class MyList(list):
    pass


class MyDeque(collections.deque):
    pass


for c in [Plain, Documented, Unfinished, Misnamed, MyList, MyDeque]:
    print(c.__name__, repr(c.__text_signature__), signature(c))

try:
    complex.__text_signature__ = "(x)"
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    Plain.__text_signature__ = "(x)"
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
