# bytes: construction, indexing gives ints, slicing gives bytes, repr rules.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
b = b"Hello\x00\xff\n\t'\"\\"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1][:3], list(b[:3]), type(b[0]).__name__)
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x7f\x80"), repr(bytes([9, 10, 13, 92])))
for bad in [[256], [-1], ["a"], 1.5]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
try:
    bytes("str")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"" in b"x", b"abc" < b"abd", b"abc" == bytearray(b"abc"))
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError:", e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc" != "abc")
print(bytes.fromhex("de ad BE EF"), b"\xde\xad".hex(), b"\xde\xad\xbe".hex(":"), b"\x01\x02\x03\x04".hex("-", 2))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)


class HasBytes:
    def __bytes__(self):
        return b"custom"


print(bytes(HasBytes()), b"%s" % HasBytes())
for x in b"hi":
    print("iter", x)
