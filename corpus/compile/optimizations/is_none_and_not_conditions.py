# 'is None', 'is not None' and 'not' in conditions use specialised conditional jumps.
def check(x):
    out = []
    if x is None:
        out.append("is None")
    if x is not None:
        out.append("is not None")
    if not x:
        out.append("falsy")
    if not x is None:
        out.append("not-is None")
    while x is not None and x > 0:
        x -= 1
    return out, x


print(check(None), check(0), check(3))


def ternaries(x):
    return ("n" if x is None else "v", "f" if not x else "t")


print(ternaries(None), ternaries(5))
