# Lexicographic comparison of lists, identity short-cuts and nested containers.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [[]], [2] > [1, 99], [1, [2, 3]] < [1, [2, 4]])
print([1, 2] == [1, 2.0], [1, 2] != [2, 1], [[1]] == [[1]], [0] * 3 == [0, 0, 0])
a = [1]
a.append(a)
print(a, a == a, len(a), a[1] is a)
b = [1, 2]
print(b in [b], [1, 2] in [[1, 2]], b.count([1, 2]), [[1, 2], [1, 2]].index(b))
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] == [1, "a"], [1, "a"] < [2, "b"], [1, 2] <= [1, 2], max([[1, 2], [1, 3], [0, 9]]))
print(sorted([[2, 1], [1, 2], [1], []]), min([[3], [1, 2]], key=len))
