# Reflected dunders run when the left operand does not support the operation.
class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __repr__(self):
        return "Vec" + repr(self.xs)

    def __mul__(self, k):
        print("  Vec.__mul__")
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*[x * k for x in self.xs])

    def __rmul__(self, k):
        print("  Vec.__rmul__")
        return self.__mul__(k)

    def __radd__(self, other):
        print("  Vec.__radd__", other)
        if other == 0:
            return self
        return NotImplemented

    def __rsub__(self, other):
        return Vec(*[other - x for x in self.xs])

    def __rtruediv__(self, other):
        return Vec(*[other / x for x in self.xs])

    def __rfloordiv__(self, other):
        return Vec(*[other // x for x in self.xs])

    def __rmod__(self, other):
        return Vec(*[other % x for x in self.xs])

    def __rpow__(self, other):
        return Vec(*[other ** x for x in self.xs])

    def __rlshift__(self, other):
        return Vec(*[other << x for x in self.xs])

    def __rrshift__(self, other):
        return Vec(*[other >> x for x in self.xs])

    def __rand__(self, other):
        return Vec(*[other & x for x in self.xs])

    def __ror__(self, other):
        return Vec(*[other | x for x in self.xs])

    def __rxor__(self, other):
        return Vec(*[other ^ x for x in self.xs])

    def __rdivmod__(self, other):
        return [divmod(other, x) for x in self.xs]

    def __rmatmul__(self, other):
        return ("rmatmul", other)


v = Vec(1, 2, 3)
print(3 * v)
print(v * 2)
print(sum([v]))
print(10 - v)
print(12 / v)
print(12 // v)
print(12 % v)
print(2 ** v)
print(1 << v)
print(64 >> v)
print(6 & v, 6 | v, 6 ^ v)
print(divmod(7, v))
print([1] @ v)
try:
    print("s" + v)
except TypeError as e:
    print("TypeError:", e)
try:
    v * "s"
except TypeError as e:
    print("TypeError:", e)
