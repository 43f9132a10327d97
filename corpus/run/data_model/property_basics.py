# property: getter, setter, deleter, docstrings, and read-only errors.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "Temperature in degrees Celsius."
        print("  get")
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("  set", v)
        if v < -273:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("  delete")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t._c)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)


def getx(self):
    return self._x


def setx(self, v):
    self._x = v * 2


class P:
    x = property(getx, setx, None, "the x")


p = P()
p.x = 4
print(p.x, P.x.__doc__)
print(P.x.fset is setx, P.x.fdel)
prop = property()
try:
    prop.__get__(p, P)
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "overridden getter"


s = Sub()
s.celsius = 3
print(s.celsius, s._c)
