# Unbounded recursion raises RecursionError, which can be caught and recovered from.
import sys


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)


def measure(n=0):
    try:
        return measure(n + 1)
    except RecursionError:
        return n


depth = measure()
print(depth > 900, depth < 1000)


class Loop:
    def __repr__(self):
        return repr(self)


try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError:", e)
nested = []
for _ in range(50):
    nested = [nested]
print(str(nested).count("["))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    forever(0)
except RecursionError:
    print("limit 200 reached")
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())


def recover_then_continue():
    try:
        forever(0)
    except RecursionError:
        pass
    return sum(range(10))


print(recover_then_continue())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
