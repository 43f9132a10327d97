# Boolean expressions in conditions compile to chains of conditional jumps that get threaded.
def f(a, b, c, d):
    if a and b:
        r = 1
    elif a or b:
        r = 2
    elif not a and not b and c:
        r = 3
    elif (a or b) and (c or d):
        r = 4
    elif not (a or b or c or d):
        r = 5
    else:
        r = 6
    while a and not b:
        a = False
    x = a and b and c and d
    y = a or b or c or d
    z = (a and b) or (c and d)
    return r, x, y, z


for bits in range(16):
    args = [(bits >> i) & 1 for i in range(4)]
    print(args, f(*args))


def nested_if(a, b):
    if a:
        if b:
            return 1
        return 2
    if not b:
        return 3
    return 4


print([nested_if(a, b) for a in (0, 1) for b in (0, 1)])
