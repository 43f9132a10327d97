# Defining __eq__ without __hash__ makes instances unhashable; equal objects must hash equal.
class OnlyEq:
    def __eq__(self, o):
        return True


print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P{self.x},{self.y}"


s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)])
print(hash(Point(1, 2)) == hash((1, 2)))


class Parent:
    def __hash__(self):
        return 42


class Child(Parent):
    def __eq__(self, o):
        return False


class Child2(Parent):
    def __eq__(self, o):
        return False

    __hash__ = Parent.__hash__


print(Child.__hash__ is None, hash(Child2()))


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError:", e)


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2**100


print(hash(BigHash()) == hash(2**100))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2))
print(1 in {1.0}, {1: "a", 1.0: "b", True: "c"})
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
