# SyntaxError.text is the tokenizer's line buffer: a token or a backslash-continued line that
# spans lines shows all of its lines, a tokenizer error shows its line without the break, and
# source bytes that are not UTF-8 show replacement characters. The traceback prints it as well.
import traceback

SOURCES = [
    "x = 1 + \\\n    2 + \\\n    * 3\n",
    "s = f'''{\n(a\n}'''\n",
    "s = '''ok\nbad \\u00'''\n",
    "x = 1_a\ny = 2\n",
    "a = 1\nb = 0x\n",
    "s = 'abc\n",
    "f'''\n   {\n   (123_a)\n   }'''",
    b"x = '\xff'\n",
    b"y = 1\nz = \xe2\x82 + 1\n",
    b"\xff",
]
for src in SOURCES:
    for mode in ("exec", "eval"):
        try:
            compile(src, "<text>", mode)
        except SyntaxError as e:
            print(mode, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        except UnicodeDecodeError as e:
            print(mode, "UnicodeDecodeError", e)
try:
    exec(SOURCES[0])
except SyntaxError:
    traceback.print_exc()
exec(SOURCES[1])
