# memoryview basics: slicing without copying, casting, release, comparisons.
data = bytearray(b"abcdefgh")
m = memoryview(data)
print(len(m), m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), m.tolist()[:3], m.nbytes, m.readonly, m.format, m.ndim, m.shape)
m[0:2] = b"XY"
print(data)
sub = m[2:5]
sub[0] = ord("!")
print(data, sub.tobytes())
ints = memoryview(bytearray(8)).cast("i")
ints[0] = 258
ints[1] = -1
print(ints.tolist(), ints.itemsize, ints.format, len(ints), bytes(ints.cast("B")))
print(memoryview(b"abc") == b"abc", memoryview(b"abc") == memoryview(b"abc"), memoryview(b"ab") == b"ba")
with memoryview(b"ctx") as mv:
    print(mv.tobytes())
try:
    mv.tobytes()
except ValueError as e:
    print("ValueError:", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError:", e)
try:
    m[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    m[0:2] = b"x"
except ValueError as e:
    print("ValueError:", e)
print(memoryview(b"\x01\x02").hex(), memoryview(b"ab").obj, m.contiguous, m.c_contiguous)
