# Class patterns with built-in types that match their own value positionally.
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if s.isdigit():
            return f"numeric str {s}"
        case str() | bytes():
            return f"text-like {x!r}"
        case tuple((a, b)):
            return f"pair tuple {a} {b}"
        case list([]) | tuple(()):
            return "empty sequence"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return f"set-like of {len(x)}"
        case _:
            return f"other {type(x).__name__}"


for v in [True, -3, 7, 2.5, "42", "hi", b"b", (1, 2), [], (), {"k": 9}, {1, 2}, frozenset(), None, [1, 2]]:
    print(repr(v), "->", kind(v))
