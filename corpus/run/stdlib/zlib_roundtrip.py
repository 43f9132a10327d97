import zlib

def t(f):
    try:
        r = f()
        print(repr(r) if len(repr(r)) < 200 else len(r))
    except Exception as e:
        print(type(e).__name__, e)

text = b"".join(b"line %d of text %d\n" % (i, i * 7 % 13) for i in range(3000))
noise = bytes((i * 2654435761 >> 13) & 255 for i in range(20000))
for data in (b"", b"a", text, noise, text + noise):
    for level in (-1, 0, 1, 6, 9):
        for wbits in (15, 9, -15, -9, 31, 25):
            c = zlib.compress(data, level, wbits)
            back = zlib.decompress(c, wbits)
            assert back == data, (level, wbits)
            if wbits > 0:
                assert zlib.decompress(c, 47) == data
    print(len(data), "round trips", zlib.crc32(data), zlib.adler32(data))
# Streams made by CPython's zlib (fixed bytes) decompress here too.
print(zlib.decompress(bytes.fromhex("789c4b4c4a4e8421858cd49c9c7c08090070120901")))
print(zlib.decompress(bytes.fromhex("1f8b0800000000000003ab00008316dc8c01000000"), 31))
print(zlib.decompress(bytes.fromhex("ab0000"), -15), zlib.decompress(bytes.fromhex("78da030000000001")))
c = zlib.compress(text)
print(zlib.decompress(c, 0) == text, zlib.decompress(c + b"junk") == text)
t(lambda: zlib.compress(b"", 10))
t(lambda: zlib.compress(b"", wbits=99))
t(lambda: zlib.compressobj(10))
t(lambda: zlib.compressobj(wbits=99))
t(lambda: zlib.compressobj(memLevel=99))
t(lambda: zlib.decompress(b"garbage"))
t(lambda: zlib.decompress(c[:-3]))
t(lambda: zlib.decompress(c, wbits=99))
t(lambda: zlib.decompress(c, bufsize=-1))
t(lambda: zlib.decompressobj(wbits=99))
t(lambda: zlib.decompress(c[:-1] + bytes([c[-1] ^ 1])))
t(lambda: zlib.decompressobj().decompress(c, -1))
t(lambda: zlib.decompressobj().flush(0))
t(lambda: zlib.decompress("str"))
# Streaming.
co = zlib.compressobj(9, zlib.DEFLATED, -12)
parts = [co.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b"tail"))
parts.append(co.flush())
stream = b"".join(parts)
t(lambda: co.compress(b"x"))
t(lambda: co.flush())
do = zlib.decompressobj(-12)
out = b""
for i in range(0, len(stream), 777):
    out += do.decompress(stream[i:i + 777])
out += do.flush()
print(out == text + b"tail", do.eof)
d = zlib.decompressobj()
print(d.decompress(c + b"xx") == text, d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"yy"), d.unused_data)
d = zlib.decompressobj()
chunk = d.decompress(c, 100)
print(len(chunk), len(d.unconsumed_tail) > 0, d.eof)
got = chunk
while d.unconsumed_tail:
    got += d.decompress(d.unconsumed_tail, 5000)
got += d.flush()
print(got == text, d.eof)
g = zlib.decompressobj(zlib.MAX_WBITS | 32)
print(g.decompress(zlib.compress(b"auto", wbits=31)), g.eof)
zd = b"line of text"
cz = zlib.compressobj(zdict=zd)
blob = cz.compress(text[:500]) + cz.flush()
dz = zlib.decompressobj(zdict=zd)
print(dz.decompress(blob) == text[:500])
t(lambda: zlib.decompress(blob))
print(zlib.crc32(b"hello", 12345), zlib.adler32(b"hello", 12345), zlib.crc32(b"x", -1), zlib.adler32(noise * 3))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH)
print(zlib.error.__module__, zlib.error.__bases__)
