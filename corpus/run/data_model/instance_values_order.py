# Instance attributes kept inline (CPython 3.11's managed dicts): whatever the order and mix of
# stores, deletions, `__dict__` requests and class changes, `__dict__` shows the insertion order,
# lookups see every store, and attributes are released in the order a dict would release them.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


# The same names in another order on a second object.
p = Point(1, 2)
q = Point.__new__(Point)
q.y = 5
q.x = 6
print(p.__dict__, q.__dict__, p.norm1(), q.norm1())

# A name skipped, then added later (after a later name): the order stays the stores' order.
r = Point.__new__(Point)
r.y = 1
r.z = 2
r.x = 3
print(r.__dict__, vars(r) is r.__dict__)

# Deleting and re-adding moves the name to the end.
s = Point(1, 2)
del s.x
print(s.__dict__)
s.x = 10
print(s.__dict__, s.norm1())
t = Point(1, 2)
del t.y
t.y = 20
print(t.__dict__)

# Replacing keeps the place.
u = Point(1, 2)
u.x = 100
print(u.__dict__)

# Deleting a missing attribute, reading one.
for obj, name in ((u, "nope"), (s, "z")):
    try:
        delattr(obj, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    print(u.missing)
except AttributeError as e:
    print("AttributeError:", e)

# An instance attribute shadowing a method, then removed again.
v = Point(3, 4)
v.norm1 = lambda: "shadowed"
print(v.norm1())
del v.norm1
print(v.norm1())

# The dict, once asked for, is the object's for good and sees later stores.
w = Point(1, 2)
d = w.__dict__
w.z = 3
d["k"] = 4
print(d, w.k, w.__dict__ is d)

# A new dict replaces the values; deleting the dict empties the object.
x = Point(1, 2)
x.__dict__ = {"a": 1}
print(x.__dict__, hasattr(x, "x"))
del x.__dict__
print(x.__dict__)
x.y = 9
print(x.__dict__)

# Many attributes: more than the shared keys hold.
many = Point(0, 0)
for i in range(40):
    setattr(many, "a%d" % i, i)
print(len(many.__dict__), list(many.__dict__)[:4], many.a39)
other = Point(7, 8)
other.a35 = 1
print(other.__dict__)


# A str subclass as a name.
class Name(str):
    pass


y = Point(1, 2)
setattr(y, Name("nm"), 5)
print(y.__dict__, y.nm, type(list(y.__dict__)[-1]).__name__)


# `__class__` assignment between classes whose instances were given other names.
class Other:
    def __init__(self):
        self.q = 1
        self.x = 2


o = Other()
z = Point(5, 6)
z.__class__ = Other
print(z.__dict__, z.x, z.y, type(z).__name__)
o.__class__ = Point
print(o.__dict__, o.norm1() if hasattr(o, "y") else "no y")


# Release order of attribute values (stored in the class's first order; CPython releases
# attributes stored out of that order by their place in the shared keys, not by when they
# were stored, which krait does not follow).
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def scope():
    a = Point(Noisy("a.x"), Noisy("a.y"))
    c = Point(Noisy("c.x"), Noisy("c.y"))
    del c.y
    c.y = Noisy("c.y2")
    print("leaving")


scope()

# A cycle through inline values is collected.
import gc

gc.collect()
n1 = Point(None, Noisy("cycle"))
n1.x = n1
del n1
print("collected", gc.collect() > 0)

# Copies and pickles rebuild the attributes.
import copy
import pickle

src = Point(1, [2])
src.extra = "e"
print(copy.copy(src).__dict__, copy.deepcopy(src).__dict__)
print(pickle.loads(pickle.dumps(src)).__dict__)
print(sorted(dir(Point(1, 2)))[-3:])
