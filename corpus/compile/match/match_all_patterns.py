# Every pattern kind: literal, capture, wildcard, value, group, sequence, star, mapping, class, or, as, guard.
import collections


class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Const:
    ZERO = 0


def m(v):
    match v:
        case 1:
            return "one"
        case "s" | b"b":
            return "str or bytes"
        case None | True:
            return "singleton"
        case -2.5:
            return "neg float"
        case 1 + 2j:
            return "complex"
        case Const.ZERO:
            return "value"
        case (3):
            return "group"
        case []:
            return "empty seq"
        case [x]:
            return f"one elem {x}"
        case [x, y, *rest] if rest:
            return f"star {x} {y} {rest}"
        case (x, y):
            return f"pair {x} {y}"
        case {"k": 1, **rest}:
            return f"mapping rest {rest}"
        case {"k": x}:
            return f"mapping {x}"
        case P(0, y=yy):
            return f"class pos+kw {yy}"
        case P(x=px) as whole if px > 10:
            return f"class as guard {px} {type(whole).__name__}"
        case P():
            return "class no args"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"other string {s}"
        case collections.OrderedDict():
            return "ordered dict"
        case _:
            return "wildcard"


for v in [1, "s", b"b", None, True, -2.5, 1 + 2j, 0, 3, [], [9], [1, 2, 3], (4, 5), {"k": 1, "z": 2}, {"k": 7},
          P(0, 5), P(20, 0), P(1, 1), 42, 4.5, "text", collections.OrderedDict(), {1, 2}]:
    print(repr(v) if not isinstance(v, P) else f"P({v.x}, {v.y})", "->", m(v))
