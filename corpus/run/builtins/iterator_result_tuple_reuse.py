# enumerate, zip and dict item iterators hand out their result tuple again, refilled, when the
# caller kept no reference to it (CPython's Py_REFCNT(result) == 1 reuse); kept tuples are
# never changed behind the caller's back.
d = {"a": 1, "b": 2, "c": 3}
for make in (lambda: enumerate("xyz"), lambda: zip("xyz", range(3)), lambda: iter(d.items())):
    it = make()
    first = next(it)
    saved = id(first)
    print(first, end=" ")
    del first
    second = next(it)
    print(second, id(second) == saved, end=" ")
    held = second
    third = next(it)
    print(third, third is held, held)
pairs = list(d.items())
print(pairs, pairs[0] is pairs[1])
print(list(enumerate(zip("ab", "cd"), 5)))
print(dict(zip(range(4), "abcd")), sorted(d.items(), key=lambda kv: -kv[1]))
total = 0
for i, (k, v) in enumerate(d.items()):
    total += i * v
print(total)
z = zip([1, 2], [3, 4])
a = next(z)
b = next(z)
print(a, b, a is b)
print(list(map(lambda *xs: sum(xs), [1, 2, 3], [4, 5, 6], [7, 8, 9])))
try:
    list(zip([1, 2, 3], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
