# __slots__ entries are member descriptors on the class; interaction with properties and class attributes.
class Vec:
    __slots__ = ("_x", "_y")

    def __init__(self, x, y):
        self._x, self._y = x, y

    @property
    def x(self):
        return self._x

    @property
    def norm2(self):
        return self._x ** 2 + self._y ** 2


v = Vec(3, 4)
print(v.x, v.norm2, type(Vec.__dict__["_x"]).__name__, Vec._x.__name__)
print(Vec._x.__get__(v), Vec.__dict__["_y"].__get__(v, Vec))
Vec._y.__set__(v, 10)
print(v._y)
try:
    v.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(v, "__dict__"), hasattr(v, "__weakref__"), sorted(Vec.__slots__))


class WithWeak:
    __slots__ = ("a", "__weakref__")


import weakref

w = WithWeak()
r = weakref.ref(w)
print(r() is w)
del w
print(r())
