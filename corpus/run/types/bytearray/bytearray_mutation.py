# bytearray is a mutable bytes: item/slice assignment, append, extend, insert, pop, remove.
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"abcdef"
print(ba)
del ba[0:2]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([1, 2])
ba.insert(0, 64)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("ü", "utf-8"), bytearray(b"x").copy())
for bad in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.pop(), lambda: ba.remove(5),
            lambda: bytearray(b"ab").__setitem__(0, -1), lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
x = bytearray(b"abc")
try:
    hash(x)
except TypeError as e:
    print("TypeError:", e)
print(x == b"abc", x + b"d", type(x + b"d").__name__, type(b"d" + x).__name__, x.upper(), type(x.upper()).__name__)
print(x.decode(), x.hex(), bytearray.fromhex("41 42"), x.find(b"c"), x.startswith(b"ab"), x[0], x[0:1])
m = memoryview(x)
m[0] = ord("Z")
print(x, m.tobytes(), m[1], len(m), m.readonly)
