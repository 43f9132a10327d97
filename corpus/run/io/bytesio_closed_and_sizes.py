# BytesIO's read/readline/write test the object's own closed flag (bytesio.c's
# CHECK_CLOSED), not a `closed` property a subclass overrides; sizes may be None, ints,
# bools or objects with __index__; write takes any bytes-like object.
import io


class Odd(io.BytesIO):
    @property
    def closed(self):
        return True


class Size:
    def __index__(self):
        return 2


f = Odd(b"abcdef\nxyz")
print(f.read(2), f.readline(None), f.read(True), f.readline(Size()), f.read(None))
print(f.write(b"12"), f.write(bytearray(b"34")), f.write(memoryview(b"56")), f.getvalue())
g = io.BytesIO(b"data\nmore")
g.close()
for call in (g.read, g.readline, lambda: g.write(b"x"), lambda: g.read(None)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
h = io.BytesIO()
for bad in ("s", 1.5):
    try:
        h.read(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        h.write(bad)
    except TypeError as e:
        print("TypeError:", e)
