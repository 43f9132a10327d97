# Dicts preserve insertion order; keys/values/items views are live and set-like.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 200
print(d)
k, v, it = d.keys(), d.values(), d.items()
d["z"] = 26
print(k, v, it, len(k), "z" in k, 26 in v, ("z", 26) in it, ("z", 0) in it)
print(k & {"a", "z", "q"}, k | {"q"}, k - {"a"}, k ^ {"a", "new"}, it & {("a", 1)}, k == {"a", "c", "b", "z"})
print(k.isdisjoint({"x"}), {"a": 1}.keys() <= k, list(reversed(d)), list(reversed(d.items())))
print(type(k).__name__, type(v).__name__, type(it).__name__, k.mapping is not None)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    v & {1}
except TypeError as e:
    print("TypeError:", e)
print(d.values() == d.values(), list(d.values()) == list(d.values()))
e = {}
for i in range(10, 0, -1):
    e[i] = i * i
print(list(e)[:5], list(e.items())[-2:])
ordered = dict.fromkeys("mississippi")
print(list(ordered), dict.fromkeys([1, 2], "v"), dict.fromkeys(range(3), []))
