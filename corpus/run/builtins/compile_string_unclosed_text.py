# SyntaxError.text for an unclosed bracket in source compiled from a string: CPython reads the
# line back from its tokenizer's buffers, without its line break, when the tokenizer has moved
# on past that line; on the last line it keeps the break. Every mode, and the other positions.
SOURCES = [
    "x = (1,\n  2",
    "x = (1,\n  2\n",
    "f(\n",
    "a = [1,\n",
    "  (",
    "x = {\n1: 2",
    "y = 1\nz = [\n\n3,",
    "def f(:\n  pass\n",
]
for src in SOURCES:
    for mode in ("exec", "eval", "single"):
        try:
            compile(src, "<s>", mode)
        except SyntaxError as e:
            print(mode, repr(src), repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        else:
            print(mode, repr(src), "compiled")
