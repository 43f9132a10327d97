# chr/ord round trips over ranges of code points, skipping nothing.
ok = all(ord(chr(i)) == i for i in range(0, 0x110000, 97))
print(ok)
print([chr(i) for i in range(0x3b1, 0x3b6)], "".join(chr(i) for i in range(0x2654, 0x265a)))
print(sum(ord(c) for c in "checksum"), [hex(ord(c)) for c in "é€😀"])
shifted = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.isalpha() else c for c in "hello world")
print(shifted, "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.isalpha() else c for c in shifted))
