# List, tuple, set and dict displays with constants, variables and starred/double-starred unpacking.
a, b = 1, 2
xs = [3, 4]
d1 = {"p": 1}
print([], [a], [a, b], [*xs], [a, *xs, b], [*xs, *xs])
print((), (a,), (a, b), (*xs,), (a, *xs))
print({a}, {a, b}, {*xs}, {a, *xs, *xs})
print({}, {"k": a}, {"k": a, "j": b}, {**d1}, {"x": 0, **d1, "y": 1}, {**d1, **{"q": 2}})
print([1, 2, 3], (1, 2, 3), {1, 2, 3}, {1: 2, 3: 4}, [[1], [2]], ((1,), (2,)))
print([1, 2, a], (1, 2, a), {1, 2, a}, {1: a, 2: b}, {a: 1, b: 2})
big_const_list = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
big_const_dict = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9, "j": 10, "k": 11, "l": 12, "m": 13, "n": 14, "o": 15, "p": 16, "q": 17}
print(len(big_const_list), len(big_const_dict))
