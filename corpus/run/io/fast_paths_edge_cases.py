# The common I/O calls (text and binary file lines and writes, StringIO and BytesIO reads
# and writes) beside the cases next to them that take another way: subclasses, closed and
# detached streams, other newline modes, non-ASCII text, size arguments, exports, tell().
import io
import os
import tempfile

print(type(io.StringIO.write).__name__, type(io.TextIOWrapper.readline).__name__)

path = os.path.join(tempfile.mkdtemp(), "lines.txt")
with open(path, "w") as f:
    for i in range(3000):
        print(f.write("line %d é\n" % i if i % 7 == 0 else "line %d\n" % i), end=" ")
    f.write("last without newline")
print()
with open(path) as f:
    lines = list(f)
print(len(lines), lines[0], lines[1], lines[-1], sep="|")
with open(path) as f:
    first = f.readline()
    second = f.readline(-1)
    part = f.readline(3)
    rest = f.readline(-1)
    try:
        f.readline(None)
    except TypeError as e:
        print("TypeError:", e)
    pos = f.tell()
    print(repr(first), repr(second), repr(part), repr(rest), pos)
    f.seek(pos)
    print(repr(f.readline()))
with open(path) as f:
    next(f)
    try:
        f.tell()
    except OSError as e:
        print("tell:", e)
with open(path, newline="") as f:
    print(repr(f.readline()))
with open(path, "rb") as f:
    blines = f.readlines()
    print(len(blines), blines[0], blines[-1])
with open(path, "rb") as f:
    print(next(f), f.readline(), f.readline(4), f.read(3))
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    f.write("x")
try:
    f.write("y")
except ValueError as e:
    print("closed write:", e)
try:
    next(f)
except ValueError as e:
    print("closed next:", e)
with open(path, "wb") as f:
    print(f.write(b"abc"), f.write(bytearray(b"de")), f.write(memoryview(b"f")))
    try:
        f.write("str")
    except TypeError as e:
        print("TypeError:", e)
with open(path, "rb") as f:
    print(f.read())
with open(path, "w+") as f:
    f.write("one\ntwo\n")
    f.seek(0)
    print(list(f))
    f.write("three\n")
    f.seek(0)
    print(f.read())
with open(path, "w", encoding="ascii") as f:
    f.write("plain\n")
    try:
        f.write("é\n")
    except UnicodeEncodeError as e:
        print("encode:", e.reason)
with open(path, "w", errors="surrogateescape") as f:
    f.write("a\udcff\n")
with open(path, "rb") as f:
    print(f.read())
w = open(path, "w")
buf = w.detach()
try:
    w.write("x")
except ValueError as e:
    print("detached:", e)
buf.close()


class Text(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


with Text(open(path, "wb")) as t:
    print(t.write("shout\n"))
with open(path) as f:
    print(f.read())
os.remove(path)

s = io.StringIO()
print(s.write("abc\n"), s.write(""), s.write("déf\n"), s.write("g"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readline(), s.readline(), repr(s.readline()), repr(s.readline()))
s.seek(1)
print(list(s))
s.seek(2)
s.write("Z")
print(repr(s.getvalue()))
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(list(s))
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
s.close()
try:
    s.write("q")
except ValueError as e:
    print("closed:", e)
try:
    io.StringIO().write(b"b")
except TypeError as e:
    print("TypeError:", e)


class MyString(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).strip() + "!\n"


m = MyString("p\nq\n")
print(m.readline(), next(m))

b = io.BytesIO()
print(b.write(b"hello "), b.write(b""), b.write(bytearray(b"world")))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(5), b.read(0), b.read(-1), b.read(), b.read(None))
b.seek(20)
print(b.write(b"!"), b.getvalue())
view = b.getbuffer()
try:
    b.write(b"more")
except BufferError as e:
    print("BufferError:", e)
del view
print(b.write(b"ok"))
b.close()
try:
    b.read()
except ValueError as e:
    print("closed:", e)
try:
    io.BytesIO().write("s")
except TypeError as e:
    print("TypeError:", e)
