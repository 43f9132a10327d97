# enumerate() with start values, unpacking, and laziness.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)))
print(list(enumerate(range(3), 10 ** 20)))
en = enumerate(x * 2 for x in range(3))
print(type(en).__name__, next(en), next(en), list(en), list(en))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate("a", 1.5)
except TypeError as e:
    print("TypeError:", e)
print(dict(enumerate("xyz")), iter(en) is en)
