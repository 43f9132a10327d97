# Annotated assignment stores annotations at module and class level, not in functions.
x: int = 5
y: "forward ref"
z: list[int] = [1]
print(x, z, __annotations__)
try:
    print(y)
except NameError as e:
    print("NameError:", e)


class Point:
    x: int
    y: int = 0
    label: str = "p"

    def method(self):
        inner: int = 3
        return inner


print(Point.__annotations__, Point.y, hasattr(Point, "x"), Point().method())


def func():
    local: float = 1.5
    undeclared: int
    return local


print(func(), func.__annotations__)


class Obj:
    pass


o = Obj()
o.attr: int = 3
print(o.attr)
d = {}
d["k"]: str = "v"
print(d)
(paren): int = 7
print(paren, "paren" in __annotations__)


def counted():
    print("  annotation evaluated")
    return int


class WithEval:
    a: counted() = 1


print(WithEval.__annotations__)
