# Warnings issued while compiling (invalid escapes, numbers run into keywords, `is` with a
# literal, an always-true assert, a missed comma) go through the `warnings` filters: recorded,
# ignored, or turned into a SyntaxError that points at the offending code.
import warnings

SOURCES = [
    ("'\\z'", "eval"),
    ("b'\\q'", "eval"),
    ("'''\n\\407'''", "eval"),
    ("0xfor x", "eval"),
    ("1if x else y", "eval"),
    ("x is 1", "exec"),
    ("x is not 'a'", "exec"),
    ("x is None", "exec"),
    ("assert(x, 'msg')", "exec"),
    ("assert x, 'msg'", "exec"),
    ("[(1, 2) (3, 4)]", "exec"),
    ("[{1, 2} [i, j]]", "exec"),
    ("'\\e' $", "eval"),
]


def record(src, mode):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            compile(src, "<case>", mode)
            outcome = "compiled"
        except SyntaxError as e:
            outcome = f"SyntaxError {e.msg!r} {e.lineno} {e.offset}"
    print(repr(src), outcome)
    for w in ws:
        print("   ", w.category.__name__, str(w.message), w.filename, w.lineno)


def as_errors(src, mode):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("error")
        try:
            compile(src, "<case>", mode)
            print(repr(src), "compiled")
        except SyntaxError as e:
            print(repr(src), type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset,
                  e.end_lineno, e.end_offset, repr(e.text))
    print("    leaked:", len(ws))


def ignored(src, mode):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("ignore")
        compile(src, "<case>", mode)
    print(repr(src), "ignored:", len(ws))


for src, mode in SOURCES:
    record(src, mode)
for src, mode in SOURCES:
    as_errors(src, mode)
for src, mode in SOURCES[:-1]:
    ignored(src, mode)

# Only the warning category a filter names becomes an error.
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    warnings.simplefilter("error", DeprecationWarning)
    print(compile("x is 1", "<case>", "exec").co_name, [str(w.message) for w in ws])

# ast.parse issues the parser's warnings too.
import ast
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    ast.parse("'\\d' + 0xfor x")
print([(w.category.__name__, str(w.message)) for w in ws])

# A str source is text already: its coding cookie is not read, and error columns count
# characters; bytes are decoded as their cookie says.
ns = {}
exec("# coding: latin-1\nx = 'é'", ns)
print(ascii(ns["x"]))
exec("# coding: latin-1\nx = 'é'".encode("latin-1"), ns)
print(ascii(ns["x"]))
print(compile("# coding: bogus\nx = 1", "<case>", "exec").co_name)
for src in ["\ufeffx = 1", " \ufeff1", "\ufeff 'é'"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.offset)
for src in ["'é' + $", "'é' + $".encode(), "'''\n\\407'''"]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            print(repr(src), e.offset, e.end_offset, repr(e.text))
