# Comprehension scopes: the first iterable in the enclosing scope, class-body comprehensions, nested cells.
x = 10


class C:
    x = 20
    first_iter = [x for _ in range(2)]
    outer_iter = [i for i in range(x)][:3]


def in_function():
    y = 5
    lst = [y * i for i in range(3)]
    nested = [[y + j for j in range(i)] for i in range(3)]
    gen = (y for _ in range(2))
    dct = {i: y for i in range(2)}
    st = {y for _ in range(2)}
    return lst, nested, list(gen), dct, st


def cell_in_comprehension():
    return [lambda: i for i in range(3)]


print(C.first_iter, C.outer_iter, in_function(), [f() for f in cell_in_comprehension()])
