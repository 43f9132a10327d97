# Subclasses of int keep arithmetic from int but results are plain ints.
class Flag(int):
    def __repr__(self):
        return f"Flag({int(self)})"

    def __str__(self):
        return f"flag-{int(self)}"


f = Flag(5)
print(f, repr(f), f + 1, type(f + 1).__name__, type(-f).__name__, type(f * 1).__name__)
print(isinstance(f, int), f == 5, hash(f) == hash(5), f"{f}", f"{f:d}", "%d" % f, format(f, "x"))
print(int(f), type(int(f)).__name__, [10, 20, 30, 40, 50, 60][f])


class Meters(int):
    def __add__(self, other):
        return Meters(int(self) + int(other))

    def __radd__(self, other):
        return Meters(int(other) + int(self))


m = Meters(3) + 4
print(m, type(m).__name__, type(4 + Meters(1)).__name__, sum([Meters(1), Meters(2)], Meters(0)).__class__.__name__)


class Named(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj


n = Named(7, "seven")
print(n, n.name, n * 2)
print(True + True, type(True + True).__name__, bool.__mro__[1].__name__)
