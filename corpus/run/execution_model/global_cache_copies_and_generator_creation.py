# Global lookups through copies of a globals dict, dict subclasses as globals, and generator
# functions (with and without closures) made at every depth up to the recursion limit.
import sys
import types

SCALE = 10


def scaled(x):
    return x * SCALE + len("ab")


print(scaled(1))
twin = types.FunctionType(scaled.__code__, dict(globals()))
print(twin(1))
twin.__globals__["SCALE"] = 100
print(twin(1), scaled(1))
del twin.__globals__["SCALE"]
try:
    twin(1)
except NameError as e:
    print("NameError:", e)
twin.__globals__["SCALE"] = 7
print(twin(2), scaled(2))


class Loud(dict):
    def __getitem__(self, key):
        print("  getitem", key)
        return dict.__getitem__(self, key)

    def __missing__(self, key):
        if key == "UNDEFINED_NAME":
            return "missing " + key
        raise KeyError(key)


loud = Loud(globals())
odd = types.FunctionType(scaled.__code__, loud)
for _ in range(2):
    print(odd(3))


def reads_undefined():
    return UNDEFINED_NAME


odd2 = types.FunctionType(reads_undefined.__code__, loud)
print(odd2())
try:
    reads_undefined()
except NameError as e:
    print("NameError:", e)


def counter(n):
    for i in range(n):
        yield i


def closure_gen(n):
    def inner():
        return n

    yield inner()
    yield n + 1


g = counter(3)
print(type(g).__name__, g.gi_running, g.gi_frame.f_lasti, g.gi_frame.f_lineno)
print(list(g), g.gi_frame)
print(list(closure_gen(5)))
print([list(closure_gen(k)) for k in range(3)])


def deep(k):
    if k == 0:
        return counter(2), closure_gen(1)
    return deep(k - 1)


limit = sys.getrecursionlimit()
sys.setrecursionlimit(60)
for depth in (10, 40, 57, 58, 59, 60, 70):
    try:
        a, b = deep(depth)
        print(depth, list(a), list(b))
    except RecursionError as e:
        print(depth, "RecursionError:", e)
sys.setrecursionlimit(limit)
gens = [counter(k) for k in range(4)]
print([sum(x) for x in gens])
