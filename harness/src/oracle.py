"""The oracle side of krait's harness layers, run inside the embedded CPython 3.11.

Each function returns plain tuples/strings so the Rust side can extract them without touching
Python objects afterwards. Exceptions of the code under test are returned, never raised.
"""
import io
import sys
import tokenize


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
