# A class body containing loops, conditionals, try, with, comprehensions, del and imports.
class Body:
    import math as m
    values = []
    for i in range(3):
        values.append(i * i)
    if len(values) > 2:
        big = True
    else:
        big = False
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = None
    total = sum(v for v in values)
    names = {n: len(n) for n in ("a", "bb")}
    del i
    x: int = 5
    y: str
    match total:
        case 5:
            kind = "five"
        case _:
            kind = "other"
    while total > 1:
        total //= 2


print(Body.values, Body.big, Body.risky, Body.total, Body.names, Body.kind, Body.m.__name__, Body.__annotations__)
