# Built-in classes that are generic (PEP 585) through __class_getitem__, `type` itself
# subscriptable but not its subclasses, dir() of a generic alias, weak references to deques,
# comparison dunders set to None blocking the fallback, and a cycle through a slice collected.
import collections
import gc
import itertools
import types
import weakref
from operator import eq, ne

for cls in (itertools.chain, weakref.ReferenceType, types.AsyncGeneratorType, list, type):
    alias = cls[int]
    print(alias, alias.__origin__ is cls, alias.__args__)
print("__class_getitem__" in type.__dict__, hasattr(type, "__class_getitem__"))


class MyType(type):
    pass


try:
    MyType[int]
except TypeError as e:
    print("TypeError:", e)

names = set(dir(list[int]))
print(names.issuperset(dir(list)), sorted(names - set(dir(list))))

d = collections.deque([1, 2])
r = weakref.ref(d)
print(r() is d)
del d
print(r())


class SupEq:
    def __eq__(self, other):
        return True


class S(SupEq):
    __eq__ = None


class X:
    __eq__ = None


class XN:
    def __eq__(self, other):
        return True

    __ne__ = None


e = SupEq()
for op, a, b in [(eq, e, e), (eq, e, X()), (eq, X(), e), (eq, e, S()), (eq, S(), e),
                 (ne, e, XN()), (ne, XN(), e)]:
    try:
        print(op.__name__, type(a).__name__, type(b).__name__, op(a, b))
    except TypeError as exc:
        print(op.__name__, type(a).__name__, type(b).__name__, "TypeError:", exc)


class Holder:
    pass


h = Holder()
h.s = slice(h)
w = weakref.ref(h)
del h
gc.collect()
print("slice cycle collected:", w() is None)
print(gc.is_tracked(slice([], 2)))
