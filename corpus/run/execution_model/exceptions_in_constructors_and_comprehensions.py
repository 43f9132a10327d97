# Exceptions raised in __init__, in comprehensions, in default evaluation and in lambdas.
class Fragile:
    instances = 0

    def __init__(self, ok):
        if not ok:
            raise ValueError("refused")
        Fragile.instances += 1


objs = []
for flag in (True, False, True):
    try:
        objs.append(Fragile(flag))
    except ValueError as e:
        print("construction failed:", e)
print(len(objs), Fragile.instances)
try:
    [1 // x for x in (1, 2, 0, 4)]
except ZeroDivisionError as e:
    print("in comprehension:", e)
try:
    {k: {}[k] for k in "a"}
except KeyError as e:
    print("in dict comprehension:", repr(e))
g = (1 / x for x in (2, 0))
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("in generator:", e)
print(next(g, "exhausted"))
try:
    def f(x=1 / 0):
        pass
except ZeroDivisionError as e:
    print("default evaluation:", e)
try:
    (lambda: undefined_thing)()
except NameError as e:
    print("in lambda:", e)
try:
    sorted([3, 1], key=lambda v: v / 0)
except ZeroDivisionError as e:
    print("in key function:", e)
try:
    list(map(int, ["1", "two"]))
except ValueError as e:
    print("in map:", e)
