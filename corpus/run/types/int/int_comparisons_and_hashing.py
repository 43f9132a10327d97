# Equality, ordering and hashing of ints against other numeric types.
vals = [0, 1, -1, 2 ** 31, 2 ** 63, 2 ** 64, -(2 ** 63), 10 ** 19, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61)]
for v in vals:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2 ** 53 else "n/a")
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(1 + 0j))
print(sorted(vals))
print(len({0, 0.0, False, -0.0}), len({1, 1.0, True}), len({2 ** 61 - 1, 0}))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
