# sorted() accepts any iterable, key and reverse keywords only.
print(sorted([3, 1, 2]), sorted("bca"), sorted((3.5, -1, 2)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}, reverse=True))
print(sorted(["aa", "B", "c"], key=str.casefold), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([], key=len))
print(sorted(range(10), key=lambda x: (x % 3, -x)), sorted("Hello World", key=lambda c: (c.lower(), c)))
print(sorted([-3, 2, -1], key=abs, reverse=True), sorted(x * x for x in range(-3, 3)))
try:
    sorted([1, 2], key=None, reverse=None)
except TypeError as e:
    print("TypeError:", e)
print(sorted([1, 2], key=None, reverse=False))
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{1}, {2}, {0, 1, 2}])
except TypeError as e:
    print("TypeError:", e)
print(sorted([{1, 2}, {1}, {3}]))
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(5)
except TypeError as e:
    print("TypeError:", e)
