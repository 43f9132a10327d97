x: SomeType = 1
y: list[Unknown]
(p): int = 1
q.attr: int = 2


def f(a: A, *args: B, k: C = None, **kw: D) -> R:
    local: Local = 2
    bare: int
    return local


class C:
    attr: Attr
    other: (lambda: 1) = 2


def match_it(v):
    match v:
        case [a, *rest]:
            return a, rest
        case {"k": b, **others}:
            return b, others
        case Point(x=px) as whole:
            return px, whole
        case _:
            return None
