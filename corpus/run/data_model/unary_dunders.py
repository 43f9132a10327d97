# Unary operators and the numeric conversion dunders.
class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return N(abs(self.v))

    def __invert__(self):
        return N(~self.v)

    def __abs__(self):
        return N(abs(self.v) * 10)

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v) + 0.5

    def __complex__(self):
        return complex(self.v, 1)

    def __index__(self):
        return int(self.v)

    def __round__(self, nd=None):
        return ("round", self.v, nd)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __repr__(self):
        return f"N({self.v})"


n = N(-7)
print(-n, +n, ~n, abs(n))
print(int(n), float(n), complex(n))
print(round(n), round(n, 2))
print(bin(n), hex(n), oct(n))
print([10, 20, 30, 40, 50, 60, 70, 80][N(3)])
print("ab" * N(3))
import math
print(math.trunc(n), math.floor(n), math.ceil(n))


class NoNeg:
    pass


for expr in ["-NoNeg()", "+NoNeg()", "~NoNeg()", "abs(NoNeg())", "int(NoNeg())", "float(NoNeg())"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
print(-True, +True, ~True, ~False)
print(-(-5), - -5, +-5, ~~5, not not 5)
