# Dict displays: later keys win but the first key object is kept; order is insertion order.
d = {1: "a", 2: "b", 1: "c"}
print(d, list(d))
print({1: "int", 1.0: "float"}, {True: "bool", 1: "int"})
k = {1.0: "x"}
k[1] = "y"
print(k)
print({"b": 1, "a": 2, **{"b": 3}}, {**{"a": 1}, "a": 2})
print({(1, 2): "tuple", frozenset({1}): "frozenset", None: "none", "": "empty"})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError:", e)
pairs = [("z", 1), ("y", 2), ("z", 3)]
print(dict(pairs), dict(pairs[::-1]))
print({i: i for i in range(3)} == {2: 2, 1: 1, 0: 0}, list({2: 0, 1: 0}) == [2, 1])
