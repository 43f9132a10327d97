# struct over buffers other than bytes (array.array in and out), huge repeat counts failing
# cleanly without allocating, the boundary messages of pack_into/unpack_from, and weak
# references to modules.
import array
import struct
import sys
import weakref

a = array.array("b", b"\x01\x02\x03\x04")
print(struct.unpack(">I", a), struct.unpack_from("<H", a, 2))
print(list(struct.iter_unpack("b", a)))
w = array.array("b", bytes(8))
struct.pack_into(">I", w, 2, 0x01020304)
print(w)
struct.Struct("<h").pack_into(w, -2, -2)
print(w.tobytes())
print(bytes(array.array("h", [1, -1])), b"ab" + array.array("b", b"c"))

for fmt in ("{}b".format(sys.maxsize + 1), "{}b{}H".format(sys.maxsize // 2, sys.maxsize // 2),
            "{}q".format(sys.maxsize // 4)):
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print("struct.error:", e)
print(struct.calcsize("1000000000x"), struct.calcsize("3s2p5b"), struct.pack("3b2x", 1, 2, 3))

buf = bytearray(10)
cases = [
    lambda: struct.pack_into("<I", buf, -2, 123),
    lambda: struct.pack_into("<B", buf, -11, 123),
    lambda: struct.unpack_from("<I", buf, -2),
    lambda: struct.unpack_from("<B", buf, -11),
    lambda: struct.pack_into("<I", buf, sys.maxsize, 1),
    lambda: struct.unpack_from("<I", buf, sys.maxsize),
    lambda: struct.pack_into("<I", buf, 8, 1),
    lambda: struct.unpack_from("<I", buf, 8),
    lambda: struct.pack_into("<I", b"immutable!", 0, 1),
]
for c in cases:
    try:
        c()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)

r = weakref.ref(struct)
print(r() is struct, type(r).__name__)
