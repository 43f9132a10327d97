# bytearray used as a growable buffer, and interactions with bytes and memoryview.
buf = bytearray()
for i in range(5):
    buf += i.to_bytes(2, "big")
print(buf, len(buf), buf.hex(" "))
print([int.from_bytes(buf[i:i + 2], "big") for i in range(0, len(buf), 2)])
view = memoryview(buf)
print(view[2:6].tobytes(), view.nbytes, view.format, view.itemsize, view.tolist()[:4])
view[0:2] = b"\xff\xff"
print(buf[:4])
try:
    buf.append(0)
except BufferError as e:
    print("BufferError:", e)
view.release()
buf.append(0)
print(len(buf))
ro = memoryview(b"readonly")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(ro[::2].tobytes(), bytes(ro[1:3]), ro == b"readonly", ro.hex())
data = bytearray(b"one two three")
words = data.split()
print(words, type(words[0]).__name__, data.count(b"t"), data.replace(b"t", b"T"))
print(sorted(bytearray(b"dcba")), max(b"xyz"), sum(b"\x01\x02\x03"), bytes(reversed(b"abc")))
