# Slice bounds as `_PyEval_SliceIndex` reads them: an int or an int subclass is taken as it is
# (its own `__index__` is not called), bool is an int, other objects need `__index__`, bounds
# past a machine word clamp, and the same rules hold for lists, tuples, strings, bytes, ranges
# and slice assignment.


class Loud(int):
    def __index__(self):
        print("Loud.__index__ called")
        return 0


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("Idx.__index__", self.v)
        return self.v


data = list(range(10))
seqs = [data, tuple(data), "abcdefghij", b"abcdefghij", range(10), bytearray(b"0123456789")]
bounds = [
    (Loud(2), Loud(7), None),
    (True, -True, None),
    (False, None, True),
    (None, None, Loud(-2)),
    (Idx(3), Idx(-1), Idx(2)),
    (-(2**100), 2**100, None),
    (2**100, -(2**100), -1),
    (5, -(2**63), -(2**63)),
    (2**63 - 1, 2**63, 2**63),
]
for s in seqs:
    for lo, hi, st in bounds:
        print(type(s).__name__, s[lo:hi:st])

print(slice(Loud(1), Loud(9), Loud(3)).indices(10))
print(slice(True, 2**70, Idx(4)).indices(7))

for bad in [(1.5, None), ("1", None), (None, [])]:
    try:
        data[bad[0] : bad[1]]
    except TypeError as e:
        print("TypeError:", e)

try:
    data[::False]
except ValueError as e:
    print("ValueError:", e)

target = list(range(8))
target[Loud(1) : Loud(3)] = ["x", "y", "z"]
print(target)
target[True :: Loud(2)] = [None] * len(target[1::2])
print(target)
del target[-(2**80) : Idx(2)]
print(target)
