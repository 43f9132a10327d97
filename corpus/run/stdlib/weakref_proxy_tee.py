# itertools tee objects accept weak references (CPython's tee keeps a weak-reference list).
import itertools, weakref
a, b = itertools.tee([1, 2, 3])
p = weakref.proxy(a)
print(list(p), getattr(p, "__copy__") is not None)
del a
try:
    next(p)
except ReferenceError as e:
    print("ReferenceError", e)
