# Tuples: immutability, hashing, comparison, methods and packing/unpacking.
t = (1, "two", 3.0, (4, 5), [6])
print(t, len(t), t[1], t[-1], t[3][0], t[1:3], t[::-1], t.count(1), t.index("two"))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
t[4].append(7)
print(t)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2)), hash(()), hash((1,)), hash(("a", "b")), hash((False, True)), hash((1.5, -1)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 100), (1, "a") == (1, "a"))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 0}), tuple(x for x in "xy"))
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), 1 in (1, 2), (1, 2) * 0)
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
a, b, *c = (1, 2, 3, 4)
print(a, b, c, type(c).__name__)
print(max((1, 2), (1, 3)), sorted([(2, "b"), (1, "z"), (2, "a")]), dict([(1, "one"), (2, "two")]))
