# match: literal, capture, wildcard, value (dotted name) and group patterns.
class Color:
    RED = "red"
    GREEN = "green"


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary two"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True (identity)"
        case None:
            return "None"
        case Color.RED:
            return "value pattern red"
        case (Color.GREEN):
            return "group pattern green"
        case -3 + 4j:
            return "complex literal"
        case "con" "cat":
            return "concatenated literal"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case _:
            return "wildcard"


for v in [0, 2, -1, 1.5, 2j, "hello", b"bytes", True, 1.0, None, "red", "green", -3 + 4j, "concat", 500, 50, "other", False]:
    print(repr(v), "->", describe(v))
match 42:
    case captured:
        print("capture binds:", captured)
match "x":
    case _:
        print("wildcard does not bind:", "_" in dir())
