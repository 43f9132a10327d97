# bool(): truth values of every kind, and its keyword/argument errors.
for v in [0, 1, -1, 0.0, float("nan"), "", "False", [], [[]], (), {}, {0: 0}, set(), None, b"", bytearray(1), 0j, range(0), range(1)]:
    print(repr(v), bool(v))
print(bool(), bool.__name__, bool(True) is True)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError:", e)
