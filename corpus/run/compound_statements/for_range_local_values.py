# `for x in range(...)` into a fast local: every value is a distinct, correct int whether or
# not the previous value is still referenced, across the small-int boundary, with negative
# steps, after the local held an int subclass, and when the value escapes into containers,
# closures' arguments, locals() snapshots and other variables.
class MyInt(int):
    pass


def collect(start, stop, step=1):
    kept = []
    total = 0
    for x in range(start, stop, step):
        total += x
        if x % 7 == 0:
            kept.append(x)
    return total, kept


def aliases():
    prev = None
    out = []
    for x in range(250, 270):
        if prev is not None:
            out.append((prev, x, prev + 1 == x, prev is x))
        prev = x
    return out


def after_subclass():
    x = MyInt(10**6)
    seen = [type(x).__name__]
    for x in range(10**6, 10**6 + 3):
        seen.append((type(x).__name__, x))
    return seen, type(x).__name__


def with_locals():
    snaps = []
    for x in range(1000, 1003):
        snaps.append(dict(locals()))
    return [s["x"] for s in snaps]


def nested():
    pairs = []
    for i in range(300, 303):
        for j in range(400, 402):
            pairs.append(i * j)
    return pairs, i, j


def big_and_negative():
    vals = []
    for x in range(2**62, 2**62 + 3):
        vals.append(x)
    for x in range(10**4, 10**4 - 10, -3):
        vals.append(x)
    return vals, x


def loop_var_survives():
    for x in range(5000, 5005):
        pass
    y = x
    for x in range(6000, 6002):
        pass
    return y, x


def stored_then_deleted():
    out = []
    for x in range(700, 705):
        if x == 702:
            del x
            out.append("deleted")
            continue
        out.append(x)
    return out


print(collect(0, 1000))
print(collect(1000, -1000, -13))
for row in aliases()[:3] + aliases()[-3:]:
    print(row)
print(after_subclass())
print(with_locals())
print(nested())
print(big_and_negative())
print(loop_var_survives())
print(stored_then_deleted())
