# range objects: lazy, indexable, sliceable, comparable, with O(1) membership for ints.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], list(r[::-2]))
print(r.start, r.stop, r.step, r.index(11), r.count(11), r.count(12), 11 in r, 12 in r, 11.0 in r)
print(range(5), range(0), range(-3), list(range(5, 0, -1)), list(range(-5, 5, 4)), list(range(10, 0, -3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(4, 2), range(1, 2) == range(1, 5, 10), hash(range(3)) == hash(range(0, 3)))
print(range(10 ** 20)[-1], 10 ** 19 in range(0, 10 ** 20, 2), range(10 ** 20)[10 ** 19:][:3])
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[10], lambda: r.index(4), lambda: range("a")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)))
print(bool(range(0)), bool(range(1)), list(range(3)) == [0, 1, 2], range(3) != [0, 1, 2])
it = iter(range(3))
print(next(it), list(it), list(it))
