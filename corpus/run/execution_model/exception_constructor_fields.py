# The fields exception constructors set: SyntaxError's location tuple (any iterable, 4 or 6
# items), ImportError.__init__ resetting msg/name/path, UnicodeDecodeError copying a bytes-like
# object to bytes; and how sys.__excepthook__ draws a SyntaxError's text and carets.
import sys


def show_syntax(*args):
    try:
        e = SyntaxError(*args)
    except TypeError as x:
        print("TypeError:", x)
        return
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.args)


show_syntax("m", ("f.py", 1, 2, "text"))
show_syntax("m", ("f.py", 1, 2, "text", 1, 4))
show_syntax("m", ["f.py", 1, 2, "text"])
show_syntax("m", "abcd")
show_syntax("m", ("f.py", 1, 2))
show_syntax("m", ("f.py", 1, 2, 4, 5, 6, 7))
show_syntax("m", ("f.py", 1, 2, "t", 1))
show_syntax("m", 5)
show_syntax("a", "b", "c")

e = SyntaxError("m", ("f.py", 1, 2, "t", 3, 4))
e.__init__("m", ("g.py", 5, 6, "u"))
print(e.filename, e.lineno, e.end_lineno, e.end_offset)
e.__init__("z")
print(e.msg, e.filename)

exc = ImportError("test", name="name", path="path")
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__("a", "b", name="n")
print(exc.args, exc.msg, exc.name, exc.path)

for obj in (bytearray(b"\xff"), memoryview(b"\xfe"), b"\xfd"):
    u = UnicodeDecodeError("ascii", obj, 0, 1, "ordinal not in range")
    print(type(u.object).__name__, u.object, str(u))

cases = [
    ("abcdefg", 2, 1, 100),
    ("  abcdefg", 4, 1, 100),
    ("abcdefg\n", 2, 1, 100),
    ("abcdefg", 20, 1, 100),
    ("abc", 0, 1, 100),
    ("abc", 5, 1, 3),
    ("abc\ndef", 6, 1, 100),
    ("abc\ndef", 2, 1, 3),
    ("abc\ndef", 2, 2, 3),
    ("  abc\n  def", 8, 1, 9),
    ("\tabc", 1, 1, 3),
    ("abc", None, None, None),
    ("\x0cab", 2, 1, -5),
]
sys.stderr = sys.stdout
for text, offset, end_lineno, end_offset in cases:
    try:
        raise SyntaxError("bad", ("bad.py", 1, offset, text, end_lineno, end_offset))
    except SyntaxError:
        t, v, _ = sys.exc_info()
        sys.__excepthook__(t, v, None)
