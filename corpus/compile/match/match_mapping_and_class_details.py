# Mapping patterns with many keys and value keys; class patterns with many positional sub-patterns.
class Rec:
    __match_args__ = ("a", "b", "c", "d")

    def __init__(self, a, b, c, d):
        self.a, self.b, self.c, self.d = a, b, c, d


KEY = type("Keys", (), {"NAME": "name"})


def m(v):
    match v:
        case {"a": 1, "b": 2, "c": 3, "d": 4, "e": e}:
            return f"five keys e={e}"
        case {KEY.NAME: n, 0: zero, -1: neg, 1.5: f, b"k": bk}:
            return f"value and literal keys {n} {zero} {neg} {f} {bk}"
        case Rec(1, 2, c, d=4):
            return f"rec c={c}"
        case Rec(a, b, c, d) if a == d:
            return f"rec symmetric {a} {b} {c}"
        case Rec(b=[x, *_], c={"q": q}):
            return f"rec nested {x} {q}"
    return "none"


print(m({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}))
print(m({"name": "n", 0: "z", -1: "m", 1.5: "f", b"k": "b"}))
print(m(Rec(1, 2, 3, 4)), m(Rec(7, 8, 9, 7)), m(Rec(0, [5, 6], {"q": "Q"}, 1)), m(Rec(0, 0, 0, 1)))
