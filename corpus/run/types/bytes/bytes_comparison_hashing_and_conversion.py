# bytes compared, hashed and converted to and from ints, hex and str.
items = [b"b", b"a", b"", b"ab", b"\xff", b"A", bytes([0])]
print(sorted(items), min(items), max(items))
print(b"abc" == b"abc", b"abc" != "abc", b"a" < b"b", bytes(2) == b"\x00\x00", b"x" * 3 == b"xxx")
print(hash(b"") == 0, hash(b"abc") == hash("abc"), {b"k": 1, "k": 2})
n = 0x0102030405
print(n.to_bytes(5, "big"), int.from_bytes(n.to_bytes(8, "little"), "little") == n)
print(b"hello".hex(), bytes.fromhex("68656c6c6f"), b"\x00\xff".hex().upper())
print(list(b"AZ"), bytes([72, 105]), b"Hi"[0] + 1, chr(b"Hi"[1]), b"Hi".decode("ascii").upper().encode())
print(str(b"abc"), repr(b"\n\t\x00"), ascii(b"\x7f"), b"%d%%" % 50)
