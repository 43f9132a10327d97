# If the right operand's type is a subclass that overrides the reflected method,
# its reflected method is tried first.
class Base:
    def __init__(self, name):
        self.name = name

    def __add__(self, other):
        return f"Base.__add__({self.name}, {other.name})"

    def __radd__(self, other):
        return f"Base.__radd__({self.name}, {other.name})"

    def __lt__(self, other):
        return f"Base.__lt__({self.name}, {other.name})"

    def __gt__(self, other):
        return f"Base.__gt__({self.name}, {other.name})"


class Derived(Base):
    def __radd__(self, other):
        return f"Derived.__radd__({self.name}, {other.name})"

    def __gt__(self, other):
        return f"Derived.__gt__({self.name}, {other.name})"


class Plain(Base):
    pass


b, d, p = Base("b"), Derived("d"), Plain("p")
print(b + d)
print(d + b)
print(b + p)
print(b < d)
print(d < b)
print(b < p)


class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__ wins"

    def __rsub__(self, other):
        return NotImplemented


print(1 + MyInt(2))
print(MyInt(2) + 1)
print(5 - MyInt(2))
