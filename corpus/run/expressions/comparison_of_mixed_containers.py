# Equality and ordering across container types.
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(set() == frozenset(), {1} == frozenset({1}), [] == [], () == (), {} == set())
print([1, [2]] < [1, [3]], (1, (2,)) < (1, (2, 0)), [(1, 2)] < [(1, 3)], ["a", 1] < ["b", 0])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > set(), frozenset({1}) < {1, 2}, {1, 2} > {3})
print(range(3) == range(3), range(0, 3, 2) == range(0, 4, 2), list(range(3)) == [0, 1, 2])
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", bytearray(b"a") < b"b", "abc" == b"abc")
for a, b in [([1], (1,)), ({1: 1}, {1: 1}), ({1}, [1]), ("a", ["a"])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
