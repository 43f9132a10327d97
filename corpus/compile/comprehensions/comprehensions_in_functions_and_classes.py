# Comprehensions that capture locals, class attributes via the first iterable, and cells.
def in_function(n):
    m = n * 2
    squares = [i * i + m for i in range(n)]
    funcs = [lambda: i for i in range(n)]
    inner = [lambda: m for _ in range(2)]
    return squares, [f() for f in funcs], [f() for f in inner]


class InClass:
    base = [1, 2, 3]
    doubled = [b * 2 for b in base]
    pairs = {b: b for b in base}
    first = next(b for b in base)


print(in_function(3), InClass.doubled, InClass.pairs, InClass.first)


def nested_scopes():
    x = 1
    return [[x + i + j for j in range(2)] for i in range(2)]


print(nested_scopes())
