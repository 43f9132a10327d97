# Constructs that leave nothing behind after optimisation: pass, lone constants, redundant jumps.
def f(x):
    pass
    1
    "string"
    (1, 2)
    if x:
        pass
    else:
        pass
    for _ in ():
        pass
    while x and 0:
        pass
    try:
        pass
    except Exception:
        pass
    return x


def g(x):
    if x:
        y = 1
    else:
        y = 2
    if y:
        pass
    return y


def h(x):
    return x if x else x


print(f(1), g(0), g(1), h(0), h(3))
