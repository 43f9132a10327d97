# Slicing an exact list with int or None bounds (which krait runs without making a slice
# object) against the same slices through bounds that need __index__, int subclasses, bools,
# huge ints, a zero step, list subclasses and tuples: every form gives the same items and errors.
import operator

l = list(range(10))
print(l[2:5], l[::-1], l[-3:], l[:-7], l[8:2:-2], l[100:], l[-100:2], l[::3], l[5:5])
print(l[True:], l[False:True], l[-(2**70):2**70], l[2**70:-(2**70):-1], l[::2**70], l[::-(2**70)])


class I(int):
    pass


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


print(l[I(2):I(4)], l[2:4:I(1)], l[Idx(1):Idx(3)], l[Idx(7):Idx(1):Idx(-3)])
for bad in [slice(None, None, 0), slice(1, 2, 0)]:
    try:
        l[bad.start:bad.stop:bad.step]
    except ValueError as e:
        print(type(e).__name__, e)
try:
    l[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
try:
    l["a":"b"] = []
except TypeError as e:
    print(type(e).__name__, e)

m = l[:]
print(m is l, m == l)
m[2:4] = [9, 9, 9]
print(m)
m[:3] = ()
print(m)
m[1:2] = m
print(m)
m[:] = m
print(m)
m[-2:] = ["a", "b"]
print(m)
m[100:] = [1]
print(m)
m[:-100] = [0]
print(m)
m[5:2] = ["x"]
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
m[2:4:1] = iter("pq")
print(m)
m[1:3] = "st"
print(m)
try:
    m[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)


class L(list):
    def __getitem__(self, k):
        print("L.__getitem__", k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print("L.__setitem__", k, v)
        super().__setitem__(k, v)


s = L(range(5))
print(s[1:3], s[::-1])
s[0:2] = [7]
print(s)
t = tuple(range(6))
print(t[1:4], t[::-2], t[:] is t, "abcdef"[1:4], b"abcdef"[::-2], range(10)[2:8:3])
print(operator.getitem(l, slice(2, 4)), l[slice(2, 4)])


def fannkuch_flip(perm, k):
    perm[: k + 1] = perm[k::-1]
    return perm


print([fannkuch_flip([3, 1, 2, 0, 4], k) for k in range(5)])

# Empty selections with the most negative steps, on lists, tuples and bytes.
big = -(2**63)
print(l[5:10:big], l[5:10:-(2**63 - 1)], t[3:5:big], b"abc"[1:2:big], l[9:0:big], t[5:0:big])
