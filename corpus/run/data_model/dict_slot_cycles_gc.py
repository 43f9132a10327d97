# The cycle collector and instance dicts: an object that is its own __dict__ (a dict subclass
# given `self.__dict__ = self`) is collected, and a dict shared by a live object keeps its items
# when another object using it is examined.
import gc
import weakref


class A:
    pass


class X(dict):
    def __init__(self):
        dict.__init__(self)
        self.__dict__ = self


gc.collect()
x = X()
x.attr = 42
print(x, x.attr)
wr = weakref.ref(x)
del x
print("collected:", gc.collect() > 0, wr())

b = A()
b.keep = 1
a = A()
a.__dict__ = b.__dict__
a.me = a
del a
print(gc.collect(), b.__dict__.get("keep"), type(b.me).__name__, b.me.__dict__ is b.__dict__)
del b
print("shared cycle collected:", gc.collect() > 0)


class Node:
    def __init__(self, name):
        self.name = name
        self.peers = {}

    def __del__(self):
        print("del", self.name)


def ring():
    n1, n2 = Node("n1"), Node("n2")
    n1.peers["next"] = n2
    n2.peers["next"] = n1
    n1.__dict__["self"] = n1


ring()
print("ring collected:", gc.collect() > 0)
