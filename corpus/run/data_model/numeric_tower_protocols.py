# A user numeric type cooperating with int, float and round/divmod/abs/bool.
class Cents:
    def __init__(self, c):
        self.c = int(c)

    def __repr__(self):
        return f"Cents({self.c})"

    def __add__(self, o):
        if isinstance(o, Cents):
            return Cents(self.c + o.c)
        if isinstance(o, int):
            return Cents(self.c + o)
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Cents(round(self.c * k))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Cents(round(self.c / k))

    def __divmod__(self, k):
        q, r = divmod(self.c, k)
        return Cents(q), Cents(r)

    def __neg__(self):
        return Cents(-self.c)

    def __abs__(self):
        return Cents(abs(self.c))

    def __bool__(self):
        return self.c != 0

    def __int__(self):
        return self.c

    def __float__(self):
        return self.c / 100

    def __round__(self, nd=None):
        return Cents(round(self.c, -2))

    def __eq__(self, o):
        return isinstance(o, Cents) and self.c == o.c

    def __hash__(self):
        return hash(self.c)

    def __lt__(self, o):
        return self.c < o.c


p = Cents(1999)
print(p + 1, 1 + p, p + Cents(1), p * 3, 0.5 * p, p / 3, divmod(p, 7), -p, abs(-p), bool(Cents(0)))
print(int(p), float(p), round(p), sum([p, p, p]), sorted([Cents(5), Cents(1)]), max(Cents(3), Cents(9)))
print({Cents(1): "one"}[Cents(1)], Cents(1) in {Cents(1)}, p == 1999)
