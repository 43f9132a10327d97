"""The oracle side of krait's harness layers, run inside the embedded CPython 3.11.

Each function returns plain tuples/strings so the Rust side can extract them without touching
Python objects afterwards. Exceptions of the code under test are returned, never raised.
"""
import ast
import io
import sys
import threading
import tokenize
import warnings

# `sys.setrecursionlimit` is interpreter-wide and the harness's test threads take turns on the GIL
# in the middle of Python code. Every call whose answer depends on the limit (`ast.parse`, whose
# AST conversion counts depth, and `compile()`, whose optimiser and compiler do) holds this lock,
# and so does the one place that raises the limit, so no answer is taken under a raised limit.
LIMIT_LOCK = threading.RLock()


def _exc(e):
    return (type(e).__name__, repr(e.args))


def tokens_of_file(path):
    """What `list(tokenize.tokenize(open(path, 'rb').readline))` yields, and the exception if any."""
    out = []
    try:
        with open(path, "rb") as f:
            for t in tokenize.tokenize(f.readline):
                out.append((t.type, t.exact_type, t.string, t.start, t.end, t.line))
    except Exception as e:  # the exception is part of the observable behaviour
        return out, _exc(e)
    return out, None


def tokens_of_bytes(data):
    """The same over an in-memory source, where tokenize knows no file name."""
    out = []
    try:
        for t in tokenize.tokenize(io.BytesIO(data).readline):
            out.append((t.type, t.exact_type, t.string, t.start, t.end, t.line))
    except Exception as e:
        return out, _exc(e)
    return out, None


def _syntax_exc(e):
    """(class, msg, lineno, offset, end_lineno, end_offset, text) of a parse failure."""
    if isinstance(e, SyntaxError):
        return (type(e).__name__, str(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset,
                e.text)
    return (type(e).__name__, str(e), None, None, None, None, None)


def ast_of_bytes(data):
    """`ast.dump(ast.parse(data), include_attributes=True)`, or the exception ast.parse raised."""
    try:
        # Compile-time warnings would only clutter the harness's stderr; the `ast-cli` layer is
        # the one that compares them.
        with LIMIT_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(data)
    except Exception as e:  # SyntaxError, ValueError, MemoryError, RecursionError...
        return None, _syntax_exc(e)
    # ast.dump is pure Python and recurses once per level; a tree ast.parse accepted can be deeper
    # than the default limit allows it to print. Python-to-Python calls use no C stack in 3.11, so
    # a higher limit is safe here (and only here: ast.parse's own limit is part of what is compared).
    with LIMIT_LOCK:
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 100000))
        try:
            return ast.dump(tree, include_attributes=True), None
        finally:
            sys.setrecursionlimit(limit)


def ast_of_file(path):
    """`ast_of_bytes` of a file's bytes."""
    with open(path, "rb") as f:
        return ast_of_bytes(f.read())


def compiles(path):
    """Whether `compile(open(path, 'rb').read(), path, 'exec')` succeeds (the program would run)."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        with LIMIT_LOCK:
            compile(data, path, "exec")
    except Exception:
        return False
    return True


def isolate_stdout():
    """In a worker, fd 1 carries the protocol: route Python-level prints to stderr."""
    sys.stdout = sys.stderr
    return True


def describe():
    """The facts the harness checks at start-up and records in its results."""
    return (sys.version, sys.flags.hash_randomization, hash("krait"))


_stored = {}


def store(name, value):
    """Keeps a value inside the interpreter (benchmarks load their inputs once)."""
    _stored[name] = value
    return True


def compile_stored(name):
    """Compiles every stored source with `compile()` (source -> code objects, as krait's
    compiler does); returns how many compiled."""
    n = 0
    for data in _stored[name]:
        try:
            with LIMIT_LOCK:
                compile(data, "<bench>", "exec", dont_inherit=True)
            n += 1
        except Exception:
            pass
    return n


def tokenize_stored(name):
    """Tokenizes every stored source with `tokenize.tokenize`; returns the number of tokens."""
    n = 0
    for data in _stored[name]:
        try:
            for _ in tokenize.tokenize(io.BytesIO(data).readline):
                n += 1
        except Exception:
            pass
    return n
