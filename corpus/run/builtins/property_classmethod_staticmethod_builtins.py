# property, classmethod and staticmethod used as plain callables.
class C:
    def __init__(self):
        self._v = 1

    def get_v(self):
        return self._v

    def set_v(self, v):
        self._v = v

    v = property(get_v, set_v, doc="value")
    ro = property(lambda self: "read-only")
    cm = classmethod(lambda cls: cls.__name__)
    sm = staticmethod(lambda a, b: a + b)


c = C()
c.v = 10
print(c.v, C.v.__doc__, c.ro, C.cm(), c.cm(), C.sm(1, 2), c.sm(3, 4))
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
p2 = p.getter(lambda self: "g").setter(lambda self, v: None)
print(p2.fget(None), p2.fset is not None, p is not p2)
print(isinstance(C.__dict__["cm"], classmethod), isinstance(C.__dict__["sm"], staticmethod))
sm = staticmethod(len)
print(sm("abc"), sm.__func__ is len, callable(sm))
cm = classmethod(lambda cls, x: (cls, x))
print(cm.__get__(None, int)(5), cm.__func__.__name__)
try:
    c.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    property(5).__get__(c, C)
except TypeError as e:
    print("TypeError:", e)


class WithProps:
    @property
    def a(self):
        "doc from getter"
        return 1


print(WithProps.a.__doc__, WithProps().a, type(WithProps.__dict__["a"]).__name__)
