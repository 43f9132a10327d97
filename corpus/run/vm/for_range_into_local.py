# `for x in range(...)` storing into a fast local (krait writes each value straight into the
# local, reusing the int object only the local holds): what the loop variable holds before,
# during and after the loop, values that escape, a previous value with a finalizer, negative
# steps, bounds past the small-int cache and past 64 bits, and a local also seen from a closure.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


def escapes():
    kept = []
    for i in range(250, 262, 3):
        kept.append(i)
    print(kept, i)
    seen = {}
    for j in range(1000, 1003):
        seen[j] = j * 2
    print(seen, j)


def previous_value_released():
    x = Noisy("before loop")
    print("loop starts")
    for x in range(2):
        print("x =", x)
    print("after loop x =", x)


def identity_of_results():
    out = []
    for k in range(300, 303):
        out.append(k)
        out.append(k + 0)
    print(out, out[0] is out[1], len({id(v) for v in out}) >= 3)


def steps():
    print([a for a in range(10, 0, -3)])
    total = 0
    for b in range(-5, 5, 2):
        total += b
    print(total, b)
    for c in range(2**62, 2**62 + 3):
        pass
    print(c)
    for d in range(2**64, 2**64 + 2):
        pass
    print(d)
    e = "unchanged"
    for e in range(0):
        pass
    print(e)


def with_closure():
    fs = []
    for n in range(3):
        fs.append(lambda: n)
    print([f() for f in fs])


def nested_and_frame():
    for p in range(300, 302):
        for q in range(p, p + 2):
            loc = sys._getframe().f_locals
            print(p, q, loc["p"], loc["q"])


escapes()
previous_value_released()
identity_of_results()
steps()
with_closure()
nested_and_frame()
