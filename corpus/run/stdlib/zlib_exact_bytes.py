# zlib's compressed bytes are the C zlib's own, as CPython's are: every level, the raw and
# gzip wrappers, streaming flushes, and the version the module reports.
import zlib

data = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(200))
for level in (-1, 0, 1, 2, 5, 6, 9):
    out = zlib.compress(data, level)
    print(level, len(out), out[:12].hex(), zlib.crc32(out))
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    out = c.compress(data) + c.flush()
    print(wbits, len(out), zlib.crc32(out), zlib.decompress(out, wbits if wbits > 0 else wbits) == data)
c = zlib.compressobj()
parts = [c.compress(data[:1000]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(data[1000:3000]),
         c.flush(zlib.Z_FULL_FLUSH), c.compress(data[3000:]), c.flush()]
print([len(p) for p in parts], zlib.crc32(b"".join(parts)))
print(zlib.compress(b""), zlib.compress(b"a"), zlib.compress(b"abcabcabc", 9))
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION.count("."))
