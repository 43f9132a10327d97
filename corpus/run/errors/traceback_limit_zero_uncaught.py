# sys.tracebacklimit = 0 (or less): no traceback at all, not even its header.
import sys

sys.tracebacklimit = 0


def f():
    return 1 / 0


try:
    f()
finally:
    print('limit', sys.tracebacklimit)
