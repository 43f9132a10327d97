# Star patterns in different positions and mapping rest patterns, including what they bind.
def split(seq):
    match seq:
        case [*head, 0, 0]:
            return f"ends with two zeros after {head}"
        case [1, *middle, 9]:
            return f"1..9 around {middle}"
        case [int(x), *_] if x < 0:
            return f"starts negative {x}"
        case [*_, (a, b)]:
            return f"last is pair {a},{b}"
        case [*whole]:
            return f"any sequence {whole}"


for s in [[5, 0, 0], [1, 9], [1, 2, 3, 9], [-5, 1], [[1], (2, 3)], [], (7,)]:
    print(s, "->", split(s))


def keys(m):
    match m:
        case {"id": ident, **rest} if not rest:
            return f"only id {ident}"
        case {"id": ident, "tags": [*tags], **rest}:
            return f"id {ident} tags {tags} rest {rest}"
        case {"id": _, **rest}:
            return f"id with rest {sorted(rest)}"
        case {**everything}:
            return f"no id, {len(everything)} keys"


for m in [{"id": 1}, {"id": 2, "tags": ["a", "b"], "x": 0}, {"id": 3, "z": 1, "a": 2}, {"q": 1}, {}]:
    print(m, "->", keys(m))
