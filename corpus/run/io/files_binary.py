# open() in binary modes: BufferedReader/Writer/Random, unbuffered FileIO, readinto, peek,
# read1, seek/tell, truncate, exclusive creation, and a RawIOBase subclass under BufferedReader.
import io
import os

PATH = "/tmp/krait_io_bin_%d.bin" % os.getpid()


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(PATH, "PATH"))


with open(PATH, "wb") as f:
    print(type(f).__name__, f.mode, f.name == PATH, f.writable(), f.readable(), f.seekable())
    print(f.write(b"0123456789\n"), f.write(bytearray(b"abc\n")), f.tell())
    f.writelines([b"x\n", b"y"])
    print(type(f.raw).__name__, f.raw.mode, f.raw.closefd)

with open(PATH, "rb") as f:
    print(type(f).__name__, f.read(3), f.peek(2)[:2], f.read1(4), f.tell())
    print(f.readline(), f.readline(2), f.readlines())
    print(f.seek(-2, 2), f.read(), f.seek(1), f.read(2), f.seek(2, 1), f.read(1))
    buf = bytearray(5)
    f.seek(0)
    print(f.readinto(buf), buf, f.readinto1(buf), buf)
    f.seek(0)
    print(list(f))

with open(PATH, "r+b") as f:
    print(type(f).__name__, f.mode)
    print(f.read(4))
    f.write(b"WXYZ")
    print(f.tell(), f.read(3))
    f.seek(0)
    print(f.read())
    print(f.truncate(6), f.tell())
    f.seek(0)
    print(f.read())

with open(PATH, "ab") as f:
    print(f.mode, f.tell(), f.write(b"++"))
with open(PATH, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(2), f.readall(), f.read(), f.tell())
with open(PATH, "a+b", buffering=0) as f:
    print(f.mode, f.seek(0), f.read(3))

attempt("exclusive", lambda: type(open(PATH, "xb")))
# A name nobody made yet (files are left behind where os.remove is missing).
n = 0
while True:
    fresh = "%s.%d" % (PATH, n)
    try:
        f = open(fresh, "xb")
        break
    except FileExistsError:
        n += 1
with f:
    print(f.mode, f.raw.mode)
with open(fresh, "rb") as f:
    print(f.read())

raw = io.FileIO(PATH, "r")
print(raw.mode, raw.readable(), raw.writable(), raw.read(3), raw.tell(), raw.seek(0, 2) > 0)
raw.close()
print(raw.closed, repr(raw))
attempt("raw read closed", raw.read)
attempt("raw write", lambda: io.FileIO(PATH, "r").write(b"x"))
attempt("raw read", lambda: io.FileIO(PATH, "w").read())
attempt("raw mode", lambda: io.FileIO(PATH, "rw"))
attempt("raw mode2", lambda: io.FileIO(PATH, "q"))


class Chunks(io.RawIOBase):
    def __init__(self, parts):
        self.parts = list(parts)

    def readable(self):
        return True

    def readinto(self, b):
        if not self.parts:
            return 0
        p = self.parts.pop(0)
        b[: len(p)] = p
        return len(p)


r = io.BufferedReader(Chunks([b"ab", b"c\nde", b"f\n", b"g"]))
print(r.readline(), r.read(2), r.read(), r.read())
print(Chunks([b"xy", b"z"]).read(), Chunks([b"xy", b"z"]).readall())


class Sink(io.RawIOBase):
    def __init__(self):
        self.got = []

    def writable(self):
        return True

    def write(self, b):
        self.got.append(bytes(b))
        return len(b)


sink = Sink()
w = io.BufferedWriter(sink, buffer_size=4)
w.write(b"ab")
print(sink.got)
w.write(b"cdef")
print(sink.got)
w.flush()
w.write(b"g")
w.close()
print(sink.got, w.closed, sink.closed)
pair = io.BufferedRWPair(Chunks([b"in"]), Sink())
print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable())
t = io.TextIOWrapper(io.BufferedReader(Chunks([b"h\xc3", b"\xa9llo\nw", b"orld"])), encoding="utf-8")
print(t.readline(), t.read())
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="utf-8", newline=None)
print(t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n", line_buffering=True)
t.write("p\nq")
print(t.buffer.getvalue(), t.line_buffering)
t.flush()
print(t.buffer.getvalue(), t.detach().getvalue())
for p in (PATH, fresh):
    remove = getattr(os, "remove", None)
    if remove is not None:
        remove(p)
