# An object whose __del__ runs sees its own identity: id(), the default hash and repr are the
# ones it had, it can remove itself from a set, and a resurrected object keeps its id while no
# other object is given that address.
import gc
registry = set()
log = []
class A:
    def __init__(self, name):
        self.name = name
        registry.add(self)
        self.before = id(self)
    def __del__(self):
        log.append((self.name, id(self) == self.before, self in registry))
        registry.discard(self)

def make():
    a = A("a")
    registry.discard(a)
    registry.add(a)
    return a

x = A("x")
del x
print(log, len(registry))

class R:
    saved = []
    def __init__(self):
        self.h = hash(self)
        self.r = repr(self)
    def __del__(self):
        print("del", hash(self) == self.h, repr(self) == self.r)
        R.saved.append(self)

r = R()
i = id(r)
del r
s = R.saved[0]
print(id(s) == i)
others = [object() for _ in range(1000)]
print(any(id(o) == i for o in others))
R.saved.clear()
del s
class C:
    def __del__(self):
        print("cycle del", id(self) == self.i)
c = C(); c.i = id(c); c.me = c
del c
gc.collect()
print("end")
