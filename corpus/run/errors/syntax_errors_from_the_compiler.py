# SyntaxErrors raised by the symbol table and the compiler carry no source text of their own:
# CPython reads the line from the file named by the filename, if there is one.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'imports', 'helpers'))
try:
    import imp_compile_error
except SyntaxError as e:
    print(type(e).__name__, e.msg, os.path.basename(e.filename), e.lineno, e.offset,
          e.end_lineno, e.end_offset, repr(e.text))

here = __file__
sources = [
    'return 5',
    'def f(a, a):\n    pass',
    'def f():\n    nonlocal q',
    'x = 1\nglobal x',
    '*a = 1',
    'async def f():\n    yield from g()',
    'class C:\n    continue',
]
for src in sources:
    for filename in (here, '<nowhere>', os.path.join(os.path.dirname(here), 'no_such_file.py')):
        try:
            compile(src, filename, 'exec')
        except SyntaxError as e:
            print(e.msg, '|', e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
# A line number past the end of the file gives no text.
try:
    compile('\n' * 500 + 'return 1', here, 'exec')
except SyntaxError as e:
    print(e.lineno, repr(e.text))
