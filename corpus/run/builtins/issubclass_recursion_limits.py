# issubclass() and isinstance() count their recursion: a __bases__ that goes on forever through
# several bases, and a deeply nested tuple of classes raise RecursionError
# with CPython's messages instead of exhausting the stack; a single-base chain is followed in a
# loop and does not count.
import sys


class Cycle:
    @property
    def __bases__(self):
        return (self, self, self)


class Endless:
    def __getattr__(self, attr):
        class A:
            pass

        class B:
            pass

        A.__getattr__ = B.__getattr__ = Endless.__getattr__
        return (A(), B())


class Chain:
    def __init__(self, n):
        self.n = n

    @property
    def __bases__(self):
        return (Chain(self.n - 1),) if self.n else (int,)


for label, f in [
    ("cycle", lambda: issubclass(Cycle(), int)),
    ("isinstance endless", lambda: isinstance(1, Endless())),
]:
    try:
        print(label, f())
    except RecursionError as e:
        print(label, "RecursionError:", e)

print("single-base chain", issubclass(Chain(5000), int))

sys.setrecursionlimit(200)
nested = (str,)
for depth in range(300):
    nested = (nested,)
    try:
        issubclass(str, nested)
    except RecursionError as e:
        print("issubclass nested tuple fails at depth", depth, e)
        break
nested = (str,)
for depth in range(300):
    nested = (nested,)
    try:
        isinstance("", nested)
    except RecursionError as e:
        print("isinstance nested tuple fails at depth", depth, e)
        break
