# Generator expressions: early binding of the first iterable, exhaustion, and use as arguments.
data = [1, 2, 3]
g = (x * 2 for x in data)
data = [10, 20]
print(list(g))
lst = [1, 2, 3]
g2 = (x for x in lst)
lst.append(4)
print(list(g2))
g3 = (y for y in range(3))
print(next(g3), list(g3), next(g3, "done"))
print(sum(x for x in range(5)), sorted(x % 3 for x in range(7)), "".join(c for c in "abc" if c != "b"))
print(max((len(w), w) for w in "a bbb cc".split()))


def takes_gen(g, extra=0):
    return sum(g) + extra


print(takes_gen(i for i in range(4)), takes_gen((i for i in range(4)), 10))
nested = (x for x in (y * y for y in range(4)) if x > 1)
print(list(nested))
try:
    (1 / x for x in [0]).__next__()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
e = (x for x in [])
print(list(e), type(e).__name__, e.__name__, e.__qualname__)
