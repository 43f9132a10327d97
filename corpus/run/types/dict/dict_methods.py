# get, setdefault, pop, popitem, update, copy, clear, fromkeys, | and |=.
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", "dflt"), d.setdefault("a", 9), d.setdefault("b", []), d)
d["b"].append(1)
print(d, d.pop("a"), d.pop("zz", "none"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(x=10)
print(d, d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
c = d.copy()
c["b"].append(2)
c["new"] = 0
print(d, c)
c.clear()
print(c, len(c))
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 2})
m = {"a": 1}
m |= [("b", 2)]
print(m)
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([("too", "many", "items")])
except ValueError as e:
    print("ValueError:", e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}[("tuple", "key")]
except KeyError as e:
    print("KeyError:", e)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])), dict())
print(len({1: 1, 2: 2}), 1 in {1: 0}, 0 in {1: 0}, {1: 0} == {1: 0.0}, {1: 2} != {1: 3})
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
