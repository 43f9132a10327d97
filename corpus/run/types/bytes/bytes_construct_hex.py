# bytes/bytearray construction errors (encoding/errors without a str, huge counts, failing
# __index__/__iter__), live iteration of a mutating list, fromhex whitespace and error
# positions, hex() separator checks, bytes * 1 returning the same object, and the docstrings.
import sys
def tr(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for t in (bytes, bytearray):
    for s in [' 1A\n2B\t30\v', '\x1c', '\x85', '\u2000', 'a', '1a b cd', '12 x4 56', '12 3x 56', '12 3\xff 56', '\x0b\x0c01']:
        tr(t.fromhex, s)
    x = t(b'\xb9\x01\xef')
    for a in [('',), ('xx',), (':', 0), (None, 0), ('\xff',), (b'\xff',), (b'\x80',), ('\x80',), (b'',), (b'  ',), (':', 2), (b'-', -2), (1,)]:
        tr(x.hex, *a)
    tr(t, encoding='ascii'); tr(t, errors='ignore'); tr(t, b'x', 'ascii'); tr(t, 1, errors='x'); tr(t, 0.0); tr(t, ['0']); tr(t, [None])
    tr(t, sys.maxsize + 1); tr(t, -1); tr(t, 10**30)
b = b"abc"; e = b""; print(b * 1 is b, e * 5 is e, (b * 2) is b)
class X:
    def __index__(self):
        a.clear(); return 42
a = [X(), X()]; print(bytes(a)); a = [X(), X()]; print(bytearray(a))
class Y:
    def __index__(self):
        if len(a) < 10: a.append(self)
        return 42
a = [Y()]; print(bytes(a))
class BadInt:
    def __index__(self):
        1 / 0
class BadIterable:
    def __iter__(self):
        1 / 0
for t in (bytes, bytearray):
    for arg in (BadInt(), [BadInt()], BadIterable()):
        tr(t, arg)
print(bytes.__doc__ == b"".__doc__, bytes.__doc__.splitlines()[0], bytearray.__doc__.splitlines()[-1])
class StrWithBytes(str):
    def __bytes__(self):
        return b"via __bytes__"
print(bytes(StrWithBytes("abc")))
tr(bytearray, StrWithBytes("abc")); tr(bytes, "abc"); tr(bytes, "abc", errors="strict")
