# bytearray: BufferError for every resize while a memoryview exports it (del of an item,
# empty assignment to an extended slice, __init__), re-initialisation growing live from a
# generator, and bytes/bytearray pickling at every protocol (below 3 via codecs.encode).
import codecs
import pickle

b = bytearray(range(10))
v = memoryview(b)
for what, op in [("del item", lambda: b.__delitem__(1)),
                 ("extended slice", lambda: b.__setitem__(slice(1, -1, 2), b"")),
                 ("pop", lambda: b.pop(0)),
                 ("init", lambda: b.__init__(b"xy"))]:
    try:
        op()
    except BufferError as e:
        print(what, "BufferError", e)
print(b)
v.release()
b[1:-1:2] = b""
print(b)
b[::3] = []
print(b)

seen = []
c = bytearray(b"old")
def gen():
    for i in range(1, 6):
        yield i
        seen.append(list(c))
c.__init__(gen())
print(c, seen)

print(pickle.loads(pickle.dumps(codecs.encode)) is codecs.encode)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for x in (b"", b"ab\xff", bytearray(b"\x00z")):
        y = pickle.loads(pickle.dumps(x, proto))
        print(proto, type(y).__name__, y == x)
    it = iter(b"xyz")
    next(it)
    print(proto, list(pickle.loads(pickle.dumps(it, proto))))
