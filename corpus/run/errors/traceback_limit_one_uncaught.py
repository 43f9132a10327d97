# sys.tracebacklimit = 1: each traceback of the chain shows only its innermost entry.
import sys

sys.tracebacklimit = 1


def f(n):
    if n == 0:
        raise KeyError(n)
    f(n - 1)


try:
    f(3)
except KeyError as e:
    raise ValueError('v') from e
