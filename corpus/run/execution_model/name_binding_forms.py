# Every construct that binds a name: assignment, for, with, except, import, def, class, walrus, match.
def binders():
    a = 1
    for b in [2]:
        pass

    class CM:
        def __enter__(self):
            return 3

        def __exit__(self, *exc):
            return False

    with CM() as c:
        pass
    import math as d
    from math import pi as e

    def f():
        pass

    class G:
        pass

    if (h := 8):
        pass
    match (9, 10):
        case (i, j):
            pass
    try:
        raise ValueError
    except ValueError as k:
        k_seen = True
    [l for l in range(1)]
    (m, [n, *o]) = (11, [12, 13, 14])
    return sorted(locals())


print(binders())


def params(a, /, b, *args, c, d=4, **kwargs):
    return sorted(locals().items())


print(params(1, 2, 3, c=5, z=6))
import math

print(math.__name__, math.floor(2.5))
from math import floor, ceil

print(floor(-1.5), ceil(-1.5))
from math import *

print(sqrt(16.0), isqrt(17))
import collections.abc

print(collections.abc.Sequence.__name__, "collections" in dir())
