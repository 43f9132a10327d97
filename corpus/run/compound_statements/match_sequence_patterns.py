# Sequence patterns: fixed length, star, nested, tuple vs list syntax, str/bytes excluded.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b] if a == b:
            return f"pair of equal {a}"
        case (a, b):
            return f"pair {a},{b}"
        case [first, *_, last] if len(x) > 4:
            return f"long: {first}..{last}"
        case [1, *rest]:
            return f"starts with 1, rest={rest}"
        case [[x1, y1], [x2, y2]]:
            return f"segment ({x1},{y1})-({x2},{y2})"
        case [*init, 0]:
            return f"ends with 0 after {init}"
        case _:
            return "no sequence match"


for v in [[], [7], (3, 3), [1, 2], (1, 2, 3), [9, 8, 7, 6, 5], [[0, 1], [2, 3]], (5, 6, 0), range(3),
          "ab", b"ab", bytearray(b"ab"), {1, 2}, iter([1, 2]), [1, 2, 3, 4]]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", seq(v))
match (1, (2, [3, 4])):
    case (a, (b, [c, d])):
        print("nested:", a, b, c, d)
match [1, 2, 3]:
    case [*everything]:
        print("star captures all:", everything, type(everything).__name__)
match (1, 2):
    case [a, b, *c]:
        print("empty star:", a, b, c)
