# Built-in functions called with up to two positional arguments run straight off the value
# stack: results, errors, recursion counting and the order arguments are released in.
import sys


class R:
    def __len__(self):
        return len(self)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


try:
    len(R())
except RecursionError as e:
    print("RecursionError:", e)
for bad in (5, None, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)


class Neg:
    def __len__(self):
        return -1


try:
    len(Neg())
except ValueError as e:
    print("ValueError:", e)
print(len([1, 2]), len("abc"), len({1: 2}), len(range(10)), abs(-3), divmod(7, 2))
print(isinstance(3, int), isinstance("s", (int, str)), issubclass(bool, int), getattr(R, "x", 4))
print(min(3, 1), max("a", "b"), pow(2, 10), round(2.5), hash(1), callable(len), chr(65), ord("A"))
print(sorted([3, 1, 2]), list(map(abs, [-1, -2])), repr(None), format(1.5, ".2f"), sum([1, 2]))
min(Noisy("a"), Noisy("b"), key=lambda n: n.name)
print("after min")
getattr(Noisy("c"), "name")
print("after getattr")
print(isinstance(Noisy("d"), Noisy), "after isinstance")
print(sys.getrecursionlimit() > 100, len(sys.argv) >= 1)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len(1, 2)
except TypeError as e:
    print("TypeError:", e)
