# Iteration order of sets of tuples, frozensets and mixed hashable values.
print({(1, 2), (2, 1), (0, 0), (1, 1), (2, 2)})
print({(x, y) for x in range(3) for y in range(3)})
print({("a", 1), ("b", 2), ("a", 2), ("c", 0)})
print({frozenset({1}), frozenset({1, 2}), frozenset(), frozenset({"a"})})
print({1, "1", 1.5, (1,), b"1", 2j, True, 0, False, -1})
print({(1, (2, (3,))), (1, (2,)), ((),)})
print(hash((1, 2)), hash((2, 1)), hash(("a", 1)), hash(frozenset({1, 2})), hash(frozenset()), hash(frozenset("ab")))
print({0.5, 1.5, 2.5, 0.25, 100.125, -0.75})
grid = {(r, c) for r in range(4) for c in range(4) if (r + c) % 3 == 0}
print(grid, len(grid))
print({(i, str(i)) for i in range(8)})
