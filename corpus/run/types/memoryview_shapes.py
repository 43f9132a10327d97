# memoryview.cast with a shape: N-dimensional and 0-dimensional views (shape, strides,
# tolist, tuple indexing, slicing the first dimension, contiguity, tobytes orders) with
# CPython's errors for sub-views and bad shapes; comparisons between bytes, bytearray,
# arrays and views; a released view keeps the hash it computed.
import array
b = bytearray(range(24))
m = memoryview(b)
x = m.cast('B', (2, 3, 4))
print(x.ndim, x.shape, x.strides, len(x), x.nbytes, x.c_contiguous, x.f_contiguous, x.contiguous)
print(x.tolist())
print(x[1, 2, 3], x[-1, -1, -1], x[0, 0, 0])
x[1, 0, 2] = 200
print(b[14], x.tobytes()[:16], x.tobytes('F')[:8])
for key in [0, (0, 1), (0, 1, 2, 3), slice(0, 1), (slice(0, 1), slice(0, 1)), 'a', (5, 0, 0)]:
    try:
        r = x[key]
        print(key, '->', r if not isinstance(r, memoryview) else (r.shape, r.tolist()))
    except Exception as e:
        print(key, type(e).__name__, e)
for key in [0, slice(0, 1), (0, 1)]:
    try:
        x[key] = 1
        print('set', key, 'ok')
    except Exception as e:
        print('set', key, type(e).__name__, e)
try:
    iter(x)
except Exception as e:
    print(type(e).__name__, e)
print(x == x, x == b, x.cast('B') == b, x.cast('B').shape)
y = m.cast('i', [3, 2])
print(y.format, y.itemsize, y.shape, y.strides, y.tolist())
z = m[:8].cast('d', [])
print(z.ndim, z.shape, z.strides, z.tolist(), z[()], z[...] is z)
try: len(z)
except TypeError as e: print(e)
for args in [('B', (5,)), ('B', (0, 24)), ('B', 'ab'), ('B', (2.0, 12)), ('i', (2, 2)), ('B', [1] * 65)]:
    try:
        print(args, m.cast(*args).shape)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    x.cast('B', (4, 6))
except TypeError as e:
    print(e)
print(x.cast('B', (24,)).shape, x.cast('c').shape)
w = memoryview(bytes(range(12))).cast('B', (3, 4))
print(w[1:].shape, w[1:].tolist(), w[:0].shape, hash(memoryview(b'ab').cast('B', (1, 2))) == hash(b'ab'))
try: print(w[::2].shape)
except NotImplementedError as e: print("NotImplementedError", e)
a = array.array('b', range(6))
print(memoryview(a).cast('B', (2, 3)).tolist())
import base64
print(base64.b64encode(memoryview(b'abcdef').cast('B', (3, 2))))
print(bytes(memoryview(b'abcd').cast('B', (2, 2))))
w = memoryview(bytearray(range(24))).cast('B', (4, 6))
v = w[::2]
print(v.shape, v.strides, v.tolist(), v.tobytes(), v.c_contiguous, v.f_contiguous, v.contiguous)
print(w[::-1].strides, w[::-1].tolist()[0], w[3:0:-2].tolist(), w[1:2].c_contiguous, w[1:2].f_contiguous)
try: v.cast('B')
except TypeError as e: print(e)
print(v[1, 5], v == w[::2], v == w, bytes(v), v.nbytes, len(v))
print(memoryview(bytes(6)).cast('B', (6, 1)).f_contiguous, memoryview(bytes(6)).cast('B', (1, 6)).f_contiguous, memoryview(bytes(6)).cast('B', (2, 3)).f_contiguous)
z = memoryview(bytearray(8)).cast('q', [])
z[()] = 5; z[...] = 7
print(z.tolist(), len(z), z.contiguous)
try: z[0]
except TypeError as e: print(e)
m = memoryview(b'abcdef')
cases = [lambda: b'a' == bytearray(b'a'), lambda: b'a' != bytearray(b'a'), lambda: b'a' < bytearray(b'b'), lambda: bytearray(b'b') > b'a',
         lambda: b'abcdef' == m, lambda: m == b'abcdef', lambda: b'a' == 'a', lambda: b'a' < 'a', lambda: b'abc' == array.array('b', b'abc'),
         lambda: bytearray(b'abc') == array.array('b', b'abc'), lambda: bytearray(b'a') < m, lambda: b'a' in [bytearray(b'a')],
         lambda: sorted([b'b', b'a']), lambda: b'x' <= memoryview(b'y')]
for f in cases:
    try: print(f())
    except TypeError as e: print('TE', e)
class B(bytes): pass
print(B(b'a') == b'a', b'a' == B(b'a'), B(b'a') < bytearray(b'b'))
m2 = memoryview(b'abc'); h = hash(m2); m2.release(); print(hash(m2) == h)
m3 = memoryview(b'abc'); m3.release()
try: hash(m3)
except ValueError as e: print(e)
