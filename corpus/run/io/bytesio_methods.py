# io.BytesIO: reading, writing past the end, seek/tell, truncate, buffers, misuse messages.
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b"alpha\nbeta\ngamma")
print(b.read(2), b.read1(2), b.tell(), b.readline(), b.readline(2), b.readlines())
print(b.seek(0), list(b))
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
b.seek(20)
print(b.write(b"Z"), b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
print(b.write(bytearray(b"AB")), b.write(memoryview(b"CD")), b.getvalue())
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf, b.readinto(bytearray(10)))
print(bytes(b.getbuffer()), len(b.getbuffer()))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
b.writelines([b"x", b"y"])
print(b.getvalue(), b.read(), b.read(0), b.read(None))
print(io.BytesIO().getvalue(), io.BytesIO(bytearray(b"q")).read())
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)
attempt("read closed", c.read)
attempt("getvalue closed", c.getvalue)
attempt("tell closed", c.tell)
attempt("write closed", lambda: c.write(b""))
b = io.BytesIO()
attempt("write str", lambda: b.write("x"))
attempt("seek negative", lambda: b.seek(-1))
attempt("seek whence", lambda: b.seek(0, 3))
attempt("truncate negative", lambda: b.truncate(-1))
attempt("init str", lambda: io.BytesIO("x"))
attempt("read str", lambda: b.read("x"))
attempt("fileno", b.fileno)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), type(b).__name__)

data = io.BytesIO()
for i in range(5):
    data.write(bytes([65 + i]) * i + b"\n")
data.seek(0)
print([len(line) for line in data])
data.seek(0)
print(data.readlines(4))
