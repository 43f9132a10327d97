# bytes methods mirror str methods but work on byte values.
b = b"  The Quick brown fox  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Tx"), b.upper(), b.lower(), b.title(), b.swapcase())
print(b.split(), b.split(b" "), b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1), b"x\ny\r\nz".splitlines())
print(b"-".join([b"a", b"b", bytearray(b"c")]), b.find(b"Quick"), b.count(b"o"), b.index(b"fox"), b.rfind(b" "))
print(b.replace(b"o", b"0"), b.startswith(b"  T"), b.endswith((b"x", b"  ")), b"abc".center(9, b"*"))
print(b"42".zfill(5), b"abc".ljust(5, b"."), b"abc".rjust(5), b"hello".capitalize(), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab".istitle(), b"\x80".isascii())
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError:", e)
try:
    b"-".join(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError:", e)
print(b"abc".find(98), b"abc".count(99), b"aXbXc".split(b"X", maxsplit=1))
print(b"%d-%s-%r-%x-%5.2f-%c" % (1, b"two", b"three", 255, 3.14159, 120))
