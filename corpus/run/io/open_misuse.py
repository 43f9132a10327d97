# The errors of misusing open() and file objects, with CPython's exact messages.
import io
import os

PATH = "/tmp/krait_io_misuse_%d.txt" % os.getpid()


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(PATH, "PATH"))


with open(PATH, "w") as f:
    f.write("data\n")

for mode in ["rr", "U", "rw", "", "rtb", "z", "r+b+", "b", "t", "wa", "x+r"]:
    attempt("mode %r" % mode, lambda: open(PATH, mode))
attempt("binary encoding", lambda: open(PATH, "rb", encoding="utf-8"))
attempt("binary errors", lambda: open(PATH, "rb", errors="strict"))
attempt("binary newline", lambda: open(PATH, "rb", newline=""))
attempt("unbuffered text", lambda: open(PATH, "r", buffering=0))
attempt("newline value", lambda: open(PATH, "r", newline="x"))
attempt("newline type", lambda: open(PATH, "r", newline=3))
attempt("mode type", lambda: open(PATH, 3))
attempt("encoding type", lambda: open(PATH, "r", encoding=3))
attempt("errors type", lambda: open(PATH, "r", errors=3))
attempt("buffering type", lambda: open(PATH, "r", buffering="x"))
attempt("file float", lambda: open(3.5))
attempt("file negative", lambda: open(-3))
attempt("file list", lambda: open([]))
attempt("closefd name", lambda: open(PATH, closefd=False))
try:
    open("/nonexistent_krait_dir/x")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, e)
try:
    open("/tmp", "rb")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__module__, io.BlockingIOError is BlockingIOError)

r = open(PATH)
attempt("text write on reader", lambda: r.write("x"))
attempt("buffer write on reader", lambda: r.buffer.write(b"x"))
attempt("raw write on reader", lambda: r.buffer.raw.write(b"x"))
attempt("read str size", lambda: r.read("x"))
r.close()
w = open(PATH, "w")
attempt("text read on writer", w.read)
attempt("text readline on writer", w.readline)
attempt("write bytes", lambda: w.write(b"x"))
attempt("buffer read on writer", w.buffer.read)
attempt("buffer write str", lambda: w.buffer.write("x"))
attempt("raw read on writer", w.buffer.raw.read)
attempt("seek cur", lambda: w.seek(1, 1))
attempt("seek end", lambda: w.seek(1, 2))
attempt("seek negative", lambda: w.seek(-1))
attempt("seek whence", lambda: w.seek(0, 5))
w.close()

t = open(PATH)
t.close()
for name in ["read", "readline", "tell", "fileno", "flush", "readlines", "isatty", "seekable"]:
    attempt("closed text " + name, getattr(t, name))
attempt("closed text write", lambda: t.write("x"))
attempt("closed text seek", lambda: t.seek(0))
attempt("closed text next", lambda: next(t))
attempt("closed text enter", lambda: t.__enter__())
print(t.closed, t.encoding, t.name == PATH)
b = open(PATH, "rb")
b.close()
for name in ["read", "peek", "read1", "readline", "tell", "flush", "fileno"]:
    attempt("closed buffered " + name, getattr(b, name))
attempt("closed buffered seek", lambda: b.seek(0))
attempt("closed buffered readinto", lambda: b.readinto(bytearray(2)))
wb = open(PATH, "wb")
wb.close()
attempt("closed writer write", lambda: wb.write(b"x"))
attempt("closed writer flush", wb.flush)
raw = io.FileIO(PATH)
raw.close()
attempt("closed raw read", raw.read)
attempt("closed raw fileno", raw.fileno)
print(repr(raw))
attempt("buffer size", lambda: io.BufferedReader(io.BytesIO(), 0))
attempt("reader over writer", lambda: io.BufferedReader(io.FileIO(PATH, "w")))
attempt("writer over reader", lambda: io.BufferedWriter(io.FileIO(PATH, "r")))
attempt("read -2", lambda: io.BufferedReader(io.BytesIO(b"ab")).read(-2))
attempt("wrapper encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding=5))
attempt("wrapper newline", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
attempt("wrapper errors", lambda: io.TextIOWrapper(io.BytesIO(), errors=5))
attempt("rawiobase read", lambda: io.RawIOBase().read())
attempt("rawiobase readinto", lambda: io.RawIOBase().readinto(bytearray(1)))
attempt("rawiobase write", lambda: io.RawIOBase().write(b""))
attempt("bufferediobase read", lambda: io.BufferedIOBase().read())
attempt("textiobase read", lambda: io.TextIOBase().read())
attempt("iobase seek", lambda: io.IOBase().seek(0))
attempt("iobase fileno", lambda: io.IOBase().fileno())
attempt("iobase truncate", lambda: io.IOBase().truncate())
print(repr(io.BufferedReader(io.BytesIO())), repr(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")))
remove = getattr(os, "remove", None)
if remove is not None:
    remove(PATH)
