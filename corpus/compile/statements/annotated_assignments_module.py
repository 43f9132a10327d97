# Annotated assignments at module level, with and without values, on names, attributes and subscripts.
count: int = 0
name: str
items: list[int] = [1, 2]
(paren): float = 1.5


class Holder:
    attr: int = 1
    other: "str"


h = Holder()
h.attr: int = 2
box = {}
box["k"]: str = "v"


def func(a: int, *args: str, b: bool = True, **kw: float) -> None:
    local: int = 5
    undeclared: str
    return None


print(__annotations__, Holder.__annotations__, func.__annotations__, h.attr, box, paren)
