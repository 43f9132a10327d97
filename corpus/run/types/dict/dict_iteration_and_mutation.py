# Iterating dicts while mutating: allowed value updates vs size changes.
d = {i: i * i for i in range(6)}
for k in d:
    d[k] += 1
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = dict.fromkeys("abc", 0)
it = iter(d)
print(next(it))
d["a"] = 5
print(next(it))
d["z"] = 0
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"x": 1, "y": 2}
items = iter(d.items())
print(next(items))
del d["y"]
d["y"] = 3
try:
    print(next(items))
except RuntimeError as e:
    print("RuntimeError:", e)
print({k: v for k, v in sorted({"b": 1, "a": 2}.items())}, dict(sorted({3: "c", 1: "a"}.items())))
inv = {}
for word in "the cat and the hat and the bat".split():
    inv.setdefault(len(word), []).append(word)
print(inv)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
