# bytes/bytearray indexing, slicing and searching with start/end bounds, which read the
# buffer in place; startswith/endswith honour start and end like slices, except that a start
# past the end matches nothing, not even b"".
for b in [b"abc", bytearray(b"abcabc\nline\n"), b"", b"\xff\x00\n" * 30]:
    n = len(b)
    for sub in [b"", b"a", b"bc", b"\n", b"\xff\x00", b"zz", (b"x", b"c"), (b"", )]:
        for args in [(), (1,), (3,), (4,), (n,), (n + 1,), (2, 1), (1, 1), (-2,), (-2, 10),
                     (0, 2), (None, 2), (None, None)]:
            if isinstance(sub, tuple):
                print(sub, args, b.startswith(sub, *args), b.endswith(sub, *args))
                continue
            print(sub, args, b.find(sub, *args), b.count(sub, *args), b.startswith(sub, *args),
                  b.endswith(sub, *args), sub in b)
    for i in (0, 1, -1, n - 1, n, -n - 1):
        try:
            print(i, b[i])
        except IndexError as e:
            print(i, e)
    print(b[1:], b[::2], b[10:2:-3], b == bytes(b), b < b"abd", bytearray(b) > b, hash(bytes(b)))
    print(b.find(10), b.find(10, 5), b.count(0) if b else None)
try:
    b"abc".startswith("a")
except TypeError as e:
    print(e)
import io
f = io.BytesIO(b"first\nsecond\n" * 3 + b"tail")
print(f.read(3), f.readline(), f.readline(4), f.read1(2), f.readlines(), f.read(), f.tell())
for a in [("a",), 1, [b"a"], (b"a", 2)]:
    for m in (b"abc".startswith, bytearray(b"abc").endswith):
        try:
            print(m(a))
        except TypeError as e:
            print(e)
