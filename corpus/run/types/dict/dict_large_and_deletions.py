# Many insertions and deletions keep order and lookups correct.
d = {}
for i in range(10000):
    d[f"k{i}"] = i
for i in range(0, 10000, 3):
    del d[f"k{i}"]
print(len(d), list(d)[:5], list(d)[-3:], d["k9998"], "k9999" in d, "k0" in d)
for i in range(0, 10000, 3):
    d[f"k{i}"] = -i
print(len(d), list(d)[6662:6668], sum(d.values()))
ints = {i * 1000003 % 65536: i for i in range(5000)}
print(len(ints), list(ints)[:8], min(ints), max(ints))
t = {(i, -i): str(i) for i in range(100)}
print(t[(50, -50)], list(t)[:3], len(t))
for k in list(d):
    del d[k]
print(d, len(d))
d["again"] = 1
print(d)
