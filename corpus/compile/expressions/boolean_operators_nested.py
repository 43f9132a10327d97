# and/or/not nested inside each other, in conditions and as values.
def value(a, b, c):
    return a and b or c, a or b and c, (a or b) and c, not a and b, not (a and b), a and (b or c) and not c


def cond(a, b, c):
    if a and b or c:
        r = 1
    elif not a or (b and not c):
        r = 2
    else:
        r = 3
    while a and not b:
        a = 0
    return r, (1 if a or c else 0)


for args in [(0, 0, 0), (1, 0, 1), (1, 1, 0), ("", "x", [1])]:
    print(value(*args), cond(*args))
