# Merging dicts keeps first-insertion positions; updates change values, not order.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print({**a, **b}, a | b, b | a)
c = dict(a)
c.update(b)
print(c)
c.update(x=100, v=5)
print(list(c.items()))
d = {}
for k in "hello world":
    d[k] = d.get(k, 0) + 1
print(d, list(d)[:4])
e = dict.fromkeys(["k1", "k2", "k3"], 0)
e.pop("k2")
e["k2"] = 1
e["k1"] = 9
print(e)
ordered = {}
ordered.setdefault("first", []).append(1)
ordered.setdefault("second", []).append(2)
ordered.setdefault("first", []).append(3)
print(ordered)
