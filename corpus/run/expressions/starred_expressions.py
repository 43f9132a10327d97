# Iterable unpacking in displays and calls, dict unpacking, starred assignment targets.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b, 1}, [*"hi", *range(2)])
print(*a, *b, sep="|")
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})


def f(*args, **kw):
    return args, kw


print(f(*a, 9, *b, k=1, **d2))
print(f(**{"a": 1}, b=2))
try:
    f(**d1, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(p, *q), r = "xyz", 5
print(p, q, r)
print([*()], (*[],), {**{}})
t = *a, *b
print(t)
try:
    x, *y, z = [1]
except ValueError as e:
    print("ValueError:", e)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
