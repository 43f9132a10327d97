# match with dotted value patterns from classes and enums, and literal patterns of each type.
from enum import Enum


class Status(Enum):
    OK = 200
    NOT_FOUND = 404


class Codes:
    TEAPOT = 418


def describe(code):
    match code:
        case Status.OK:
            return "enum OK"
        case Status.NOT_FOUND:
            return "enum NOT_FOUND"
        case Codes.TEAPOT:
            return "teapot"
        case 200:
            return "int 200 (not the enum)"
        case int(n) if 500 <= n < 600:
            return f"server error {n}"
        case _:
            return "unknown"


for c in [Status.OK, 200, Status.NOT_FOUND, 418, 503, "200"]:
    print(repr(c), "->", describe(c))


def literal_kinds(v):
    match v:
        case None:
            return "None"
        case False:
            return "False"
        case 0:
            return "zero"
        case 0.5:
            return "half"
        case "":
            return "empty string"
        case b"":
            return "empty bytes"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
    return "no literal"


for v in [None, False, 0, 0.0, 0.5, "", b"", -1, 1 + 2j, True, []]:
    print(repr(v), "->", literal_kinds(v))
