# pickle.dumps of plain data under every protocol gives the C pickler's exact bytes (memo,
# batches of 1000 with their edge cases, protocol 4 frames, large data outside frames), and
# loads reads them back; malformed pickles raise the C unpickler's errors.
import pickle, sys
print(pickle.Pickler, pickle.Unpickler, pickle.PickleError, pickle.PicklingError.__module__)
big = 2**100
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
        2**63, -2**63, big, -big, 2**2000, -2**2047, 1.5, -0.0, float('inf'), float('nan'),
        "", "a", "é", "\udcff", "x" * 255, "x" * 256, b"", b"ab", b"y" * 300, bytearray(b"ba"),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, {1: 2, 3: 4},
        set(), {1, 2, 3}, frozenset(), frozenset({1, "a"}), list(range(1000)), list(range(1001)),
        list(range(2500)), {i: str(i) for i in range(1000)}, {i: i for i in range(1001)},
        set(range(1000)), set(range(1500)), frozenset(range(1200)), "z" * 70000, b"q" * 70000,
        [("k%d" % i) * 50 for i in range(3000)]]
s = "shared"
t = (s, s)
l = [t, t, [s]]
l.append(l)
d = {"self": None}
d["self"] = d
rt = []
rt_tuple = (rt,)
rt.append(rt_tuple)
vals += [t, l, d, rt_tuple, [[[]]] * 3]
for proto in range(0, 6):
    for v in vals:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        ok = repr(back) == repr(v) if v == v else True
        print(proto, len(data), data[:60], data[-20:], ok)
print(pickle.dumps(vals, -1)[-100:])
print(pickle.loads(b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01K\x02\x86."))
for bad in [b"", b"\x80\x04", b"K", b"(", b"\x80\x06N.", "str", b"N", b"]a."]:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __init__(self): self.x = [1, 2]
    def __eq__(self, o): return type(o) is C and o.x == self.x
c = C()
data = pickle.dumps([c, 1, "s"])
print(data)
print(pickle.loads(data)[0] == c)
import io
f = io.BytesIO()
pickle.dump({"a": [1, 2]}, f)
print(f.getvalue())
f.seek(0)
print(pickle.load(f))
try:
    pickle.dump(1, object())
except TypeError as e:
    print(e)
def deep(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
try:
    pickle.dumps(deep(5000))
except RecursionError as e:
    print("RecursionError", e)
print(len(pickle.dumps(deep(400))))
for bad in [b"K", b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.", b"\x80", b"0", b"1", b"h\x05", b"t", b"e", b"a", b"\x85", b"\xff", b"'", b"\\", b"z", b"N0.", b"(N1N.", b"(N0.", b"NN2t.", b"\x80\x02]q\x00h\x00a.", b"X\x02\x00\x00\x00\xff\xfe.", b"}NNs."]:
    try:
        print(bad, pickle.loads(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
