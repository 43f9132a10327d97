# Binary arithmetic operators dispatch to the left operand's dunder first.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        print("  __add__", self, other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __sub__(self, other):
        print("  __sub__", self, other)
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        print("  __mul__", self, k)
        return Money(self.cents * k)

    def __truediv__(self, k):
        return Money(self.cents // k)

    def __floordiv__(self, k):
        return ("floordiv", self.cents, k)

    def __mod__(self, k):
        return Money(self.cents % k)

    def __divmod__(self, k):
        return (Money(self.cents // k), Money(self.cents % k))

    def __pow__(self, e, mod=None):
        return ("pow", self.cents, e, mod)

    def __lshift__(self, n):
        return Money(self.cents << n)

    def __rshift__(self, n):
        return Money(self.cents >> n)

    def __and__(self, o):
        return ("and", self.cents, o)

    def __or__(self, o):
        return ("or", self.cents, o)

    def __xor__(self, o):
        return ("xor", self.cents, o)


a = Money(250)
b = Money(75)
print(a + b)
print(a + 5)
print(a - b)
print(a * 3)
print(a / 4)
print(a // 4)
print(a % 7)
print(divmod(a, 7))
print(a ** 2)
print(pow(a, 2, 5))
print(a << 2, a >> 3)
print(a & 1, a | 2, a ^ 3)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a @ b
except TypeError as e:
    print("TypeError:", e)
