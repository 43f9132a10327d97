# memoryview over array.array: the array's format and item size, reads and writes through the
# view, slices, release, BufferError on resizing an exported array, struct.pack_into into a
# writable view, and the 'w' format of a 'u' array refused for item access.
import array, struct
a = array.array('i', [1, 2, 3, 4])
m = memoryview(a)
print(m.format, m.itemsize, m.readonly, len(m), m.nbytes, m.tolist(), m[1], m[-1])
m[0] = 100
print(a, m[1:3].tolist(), bytes(m[:1]))
try:
    a.append(5)
except BufferError as e:
    print('BufferError', e)
a[0:2] = array.array('i', [7, 8])
print(a)
try:
    del a[0]
except BufferError as e:
    print('BufferError', e)
m.release()
a.append(5)
print(a)
d = array.array('d', [1.5, 2.5])
with memoryview(d) as md:
    print(md.format, md.tolist(), md[0])
    md[1] = 9.25
print(d)
b = memoryview(array.array('B', b'abc'))
print(b.tobytes(), b.hex(), b.tolist())
u = memoryview(array.array('u', 'hi'))
print(u.format, u.itemsize, len(u))
try:
    u[0]
except NotImplementedError as e:
    print('NotImplementedError', e)
print(bytes(memoryview(array.array('h', [1, -1]))))
buf = array.array('b', bytes(8))
struct.pack_into('<i', memoryview(buf), 2, 0x01020304)
print(buf.tolist())
m2 = memoryview(array.array('q', [1, 2, 3]))
print(m2.cast('B').tolist()[:9], m2.cast('B').format)
x = array.array('i', [5, 6])
mm = memoryview(x)
x *= 1
print(x)
try:
    x *= 2
except BufferError as e:
    print('BufferError', e)
del mm
x *= 2
print(x)

# Arrays and memoryviews keep weak-reference lists.
import weakref
arr = array.array('i')
view = memoryview(b'ab')
refs = weakref.ref(arr), weakref.ref(view)
print(refs[0]() is arr, refs[1]() is view)
del arr, view
print(refs[0](), refs[1]())
