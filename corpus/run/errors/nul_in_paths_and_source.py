# A NUL byte in a path is refused before the call (ValueError: embedded null byte), and in
# source text compile() and exec() raise a SyntaxError that names no place.
import os

for f in (lambda: open("a\x00b"), lambda: open(b"a\x00b", "rb"), lambda: os.stat("a\x00b"),
          lambda: os.listdir("x\x00"), lambda: os.mkdir("d\x00")):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
for src in ("a\x00b", b"1\x00"):
    for call in (lambda s: compile(s, "f", "exec"), exec, eval):
        try:
            call(src)
        except SyntaxError as e:
            print(repr(e), e.args, e.filename, e.lineno)
