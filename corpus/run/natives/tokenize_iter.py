# `_tokenize.TokenizerIter`: the parser's tokenizer as tokenize._generate_tokens_from_c_tokenizer
# reads it (exact types, no comments or NL, no ENDMARKER, byte columns, the line buffer), the
# tokenizer's errors and warnings at the step that meets them, and the constructor's checks.
import _tokenize
srcs = ["x = 1\n", "if x:\n    y = 'a\\\nb'\n    z = '''m\nn'''\nw\n", "a", "def f(x):\n  return x\n\n\nprint(f(1))", "x = (1,\n 2) # c\n", "é = 'ü' + \"\"\"\n\"\"\"", "x = $", "  x", "if 1:\n  pass\n", "1 +\\\n 2\n"]
srcs += ["x = 1_a\n", "x = (\n", "if 1:\n    x\n  y\n", "s = 'abc\n", "x = 1\n\x00", "\tif 1:\n        x\n", "x = \\ y\n", "'''abc", "a = 5 # type: int\n", "x = 0777\n"]
for s in srcs:
    print(repr(s))
    try:
        for t in _tokenize.TokenizerIter(s):
            print("  ", t)
    except SyntaxError as e:
        print("  EXC", type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    except Exception as e:
        print("  EXC", type(e).__name__, e)
print(_tokenize.TokenizerIter, type(_tokenize.TokenizerIter("")).__name__)
import warnings
src = "x = 1if y else 2\nz = 0x1for\n"
for t in _tokenize.TokenizerIter(src):
    print(t)
warnings.simplefilter("error")
try:
    for t in _tokenize.TokenizerIter(src):
        print(t)
except SyntaxError as e:
    print("SE", e.msg, e.lineno, e.offset, repr(e.text))
try:
    _tokenize.TokenizerIter(5)
except TypeError as e:
    print(e)
it = _tokenize.TokenizerIter(source="a b")
print(next(it), list(it), list(it))
