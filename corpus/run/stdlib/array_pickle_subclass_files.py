# array.array: pickling at every protocol (a typecode and list before protocol 3, then
# _array_reconstructor with the bytes and a machine format code, decoded from another byte
# order or width), subclasses (their repr, attributes and pickles), tofile/fromfile with
# EOFError on a short read, registration as a MutableSequence, and an exhausted iterator
# letting its array go.
import array, pickle, copy
for code in array.typecodes:
    init = 'abc' if code == 'u' else ([1.5, -2.25] if code in 'fd' else [1, 2, 3])
    a = array.array(code, init)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        assert a == b and b.typecode == a.typecode, (code, proto)
    print(code, a.__reduce_ex__(2)[1], a.__reduce_ex__(4)[1][2])
class A(array.array):
    pass
x = A('i', [5, 6]); x.tag = 'hi'
y = pickle.loads(pickle.dumps(x, 4))
print(type(y).__name__, y, y.tag, copy.copy(x), isinstance(x, array.array))
R = array._array_reconstructor
print(R(array.array, 'i', 9, b'\x00\x00\x00\x05'), R(array.array, 'h', 13, b'\xff' * 8), R(array.array, 'b', 0, b'\xff'))
print(R(array.array, 'd', 15, b'\x3f\xc0\x00\x00'), R(array.array, 'u', 19, b'\x00a\x00b'), R(A, 'I', 11, b'\x00' * 7 + b'\x02'))
for bad in [(1, 'i', 8, b''), (int, 'i', 8, b''), (array.array, 'x', 8, b''), (array.array, 'i', 22, b''), (array.array, 'i', 8, bytearray())]:
    try: R(*bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
import collections.abc
import gc
import io

print(isinstance(array.array('b'), collections.abc.MutableSequence))
buf = io.BytesIO()
array.array('h', range(5)).tofile(buf)
print(buf.getvalue())
buf.seek(0)
got = array.array('h')
got.fromfile(buf, 3)
print(got)
try:
    got.fromfile(buf, 5)
except EOFError as e:
    print("EOFError:", e, got)
try:
    got.fromfile(buf, -1)
except ValueError as e:
    print("ValueError:", e)


class Tracked(array.array):
    def __del__(self):
        print("array freed")


it = iter(Tracked('i', [1, 2]))
print(list(it))
gc.collect()
print("after exhausting")
