# Recursion to the limit, caught; the interpreter keeps working afterwards.
import sys


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


limit = sys.getrecursionlimit()
d = depth(0)
print(limit, limit - 60 < d < limit)


def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)


print(sum_to(900))
try:
    sum_to(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(sum_to(100))
sys.setrecursionlimit(3000)
print(sum_to(2500))
sys.setrecursionlimit(1000)


class Deep:
    def __init__(self, child=None):
        self.child = child

    def __repr__(self):
        return f"Deep({self.child!r})"


node = None
for _ in range(5000):
    node = Deep(node)
try:
    repr(node)
except RecursionError as e:
    print("RecursionError in repr:", e)
nested = []
for _ in range(10000):
    nested = [nested]
try:
    str(nested)
except RecursionError as e:
    print("RecursionError in list repr:", e)
try:
    nested == nested[0]
except RecursionError as e:
    print("RecursionError in comparison:", e)
