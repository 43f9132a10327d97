# Class patterns: positional via __match_args__, keyword attributes, builtin self-matching types.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center, self.r = center, r


def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point() as c, r=r):
            return f"circle r={r} center.x={c.x}"
        case Point():
            return "some other point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case bool(b):
            return "unreachable: bool is an int"
        case list([*items]):
            return f"list of {len(items)}"
        case dict(d):
            return f"dict {d}"
        case _:
            return "unknown"


for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20),
          Circle(Point(7, 8), 2), 4, 2.5, True, "txt", [1, 2], {"k": 1}, None]:
    print(where(o))


class NoArgs:
    def __init__(self):
        self.a = 1


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
match NoArgs():
    case NoArgs(a=1, missing=2):
        print("never")
    case NoArgs(a=a):
        print("keyword only:", a)


class TooMany:
    __match_args__ = ("a",)
    a = 1


try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
not_a_class = 3
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)
