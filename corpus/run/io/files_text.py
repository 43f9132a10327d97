# open() in text mode on a temporary file: write/read, newline translation, encodings and
# error handlers, readline with limits, iteration, tell/seek cookies, append and update modes.
import io
import os

PATH = "/tmp/krait_io_text_%d.txt" % os.getpid()


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open(PATH, "w", encoding="utf-8") as f:
    print(f.name == PATH, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    print(f.write("first line\n"), f.write("sécond\r\nthird\rfourth"), f.writable(), f.readable())
    f.writelines(["\n", "x" * 3, "\n"])
print(f.closed)

with open(PATH, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), f.newlines)
    print(f.readlines())
    print(f.newlines, repr(f.read()), repr(f.readline()))

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(PATH, encoding="utf-8", newline=nl) as f:
        print(repr(nl), f.readlines())

with open(PATH, "rb") as f:
    print(f.read())

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(PATH, "w", encoding="utf-8", newline=nl) as f:
        f.write("a\nb\r\nc\r")
    with open(PATH, "rb") as f:
        print(repr(nl), f.read())

with open(PATH, "w", encoding="utf-8") as f:
    for i in range(200):
        f.write("line %d é\n" % i)
with open(PATH, encoding="utf-8") as f:
    marks = []
    for i in range(5):
        marks.append(f.tell())
        f.readline()
    print(marks)
    f.seek(marks[3])
    print(repr(f.readline()))
    f.read(7)
    here = f.tell()
    rest = f.readline()
    f.seek(here)
    print(here, repr(rest), f.readline() == rest)
    print(f.seek(0, 2), repr(f.read()))
    f.seek(0)
    print(sum(1 for _ in f))
    attempt("tell after next", f.tell)
    f.seek(0)
    print(next(f), f.readline(), end="")

with open(PATH, "a", encoding="utf-8") as f:
    print(f.tell())
    f.write("appended\n")
with open(PATH, "r+", encoding="utf-8") as f:
    print(repr(f.read(4)))
    f.seek(0)
    f.write("LINE")
    f.seek(0)
    print(repr(f.readline()))
    f.seek(0, 2)
    print(f.truncate(30), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))

with open(PATH, "w", encoding="latin-1") as f:
    f.write("café ñ")
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with open(PATH, encoding="utf-8", errors="surrogateescape") as f:
    text = f.read()
    print(repr(text), text.encode("utf-8", "surrogateescape"))
attempt("strict decode", lambda: open(PATH, encoding="utf-8").read())
with open(PATH, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve ☃")
with open(PATH, encoding="ascii") as f:
    print(f.read())
with open(PATH, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("naïve")
with open(PATH, encoding="ascii") as f:
    print(f.read())
with open(PATH, "w", encoding="ascii") as f:
    attempt("strict encode", lambda: (f.write("é"), f.flush()))

with open(PATH, "w", encoding="utf-8") as f:
    f.write("αβγ\n" * 3000)
with open(PATH, encoding="utf-8") as f:
    print(len(f.read(5000)), f.tell(), len(f.readline()), len(f.read()))

f = open(PATH, "w", encoding="utf-8")
f.write("unclosed but flushed at close\n")
f.close()
print(open(PATH, encoding="utf-8").read(), end="")
remove = getattr(os, "remove", None)
if remove is not None:
    remove(PATH)
