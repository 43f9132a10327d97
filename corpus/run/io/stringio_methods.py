# io.StringIO: every method, seek/tell, truncate, newline modes, and misuse messages.
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO("hello\nworld\nlast")
print(s.read(3), s.tell(), repr(s.readline()), s.tell())
print(s.readlines())
print(repr(s.read()), s.tell())
print(s.seek(0), repr(s.readline(2)), repr(s.readline(0)), repr(s.readline(-1)))
print(s.seek(0, 2), s.seek(0, 1), s.tell())
s.seek(20)
print(s.write("X"), repr(s.getvalue()))
print(s.truncate(8), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
s.seek(0)
s.write("ABCDEF")
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.newlines)
print(s.encoding, s.errors, s.closed)
s.writelines(["a", "b\n", "c"])
print(repr(s.getvalue()))
print(list(io.StringIO("x\ny\n\nz")))

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("one\ntwo\r\nthree\rfour\n", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write("a\r")
    s.write("\nb\n")
    print(" ", repr(s.getvalue()), s.newlines)

with io.StringIO("ctx") as s:
    print(s.read(), s.closed)
print(s.closed)
attempt("read closed", s.read)
attempt("getvalue closed", s.getvalue)
attempt("tell closed", s.tell)
attempt("write closed", lambda: s.write("x"))
attempt("iter closed", lambda: next(iter(s)))
s = io.StringIO()
attempt("write bytes", lambda: s.write(b"x"))
attempt("seek negative", lambda: s.seek(-1))
attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end", lambda: s.seek(-1, 2))
attempt("seek whence", lambda: s.seek(0, 3))
attempt("truncate negative", lambda: s.truncate(-1))
attempt("init bytes", lambda: io.StringIO(b"x"))
attempt("init newline type", lambda: io.StringIO("", 5))
attempt("init newline value", lambda: io.StringIO("", "x"))
attempt("read str", lambda: s.read("x"))
attempt("fileno", s.fileno)
attempt("detach", s.detach)
attempt("read None", lambda: io.StringIO("abc").read(None))
attempt("readline None", lambda: io.StringIO("abc\nd").readline(None))
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.RawIOBase))
print(type(s).__name__, type(s).__module__, io.StringIO.__mro__[1].__name__)


class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


u = Upper()
print("a", "b", file=u)
u.writelines(["c\n"])
print(repr(u.getvalue()))


class Lines(io.StringIO):
    def readline(self, size=-1):
        line = super().readline(size)
        return line.strip() + "!\n" if line else line


print(list(Lines("p\nq\n")))
