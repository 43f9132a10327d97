# vars() and dir() on modules, classes, instances and with no argument.
def in_function(a, b=2):
    c = 3
    return sorted(vars()), sorted(dir())


print(in_function(1))


class K:
    x = 1

    def __init__(self):
        self.y = 2


k = K()
print(vars(k), sorted(n for n in vars(K) if not n.startswith("__")), "x" in dir(k), "y" in dir(k), "y" in dir(K))
import math

print(vars(math)["pi"], "sqrt" in dir(math), dir(math) == sorted(dir(math)))
print(sorted(dir()) == sorted(globals()))
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(str) if not n.startswith("_")])
print([n for n in dir(list) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
print([n for n in dir(set) if not n.startswith("_")])
print([n for n in dir(object)])
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(k, k)
except TypeError as e:
    print("TypeError:", e)


class Slots:
    __slots__ = ("a",)


try:
    vars(Slots())
except TypeError as e:
    print("TypeError:", e)
