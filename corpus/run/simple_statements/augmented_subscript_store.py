# Augmented assignment to a subscription, `c[k] op= v` (krait runs its closing
# `SWAP 3; SWAP 2; STORE_SUBSCR` as one step): the order of __getitem__/__setitem__ calls,
# the values stored, and errors raised by the store (handled, and in a traceback with the
# statement's position), for lists, dicts, slices and user classes.
import sys
import traceback

d = {"a": 1}
d["a"] += 5
l = [1, 2, 3]
l[-1] *= 10
l[0] -= l[1]
print(d, l)


class C:
    def __getitem__(self, k):
        print("get", k)
        return [10] if isinstance(k, slice) else 10

    def __setitem__(self, k, v):
        print("set", k, v)


c = C()
c["x"] += 1
c[1:2] += [3]
c[f"{1 + 1}"] **= 2

grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * 3 + j
        grid[j][i] |= 16
print(grid)


def handled():
    t = (1, 2)
    try:
        t[0] += 1
    except TypeError as e:
        print("caught", e, sys.exc_info()[2].tb_lineno)


handled()


def in_traceback():
    s = "abc"
    s[0] += "x"


try:
    in_traceback()
except TypeError:
    traceback.print_exc(file=sys.stdout)


class Strict(dict):
    def __setitem__(self, k, v):
        if v > 2:
            raise ValueError(f"{k} too big: {v}")
        super().__setitem__(k, v)


s = Strict(n=0)
try:
    while True:
        s["n"] += 1
        print("n is", s["n"])
except ValueError as e:
    print("stopped:", e)


def unhandled():
    t = (1,)
    t[0] += 1


unhandled()
