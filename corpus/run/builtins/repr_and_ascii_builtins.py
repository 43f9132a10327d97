# repr() and ascii() of built-in values, including quoting and escapes.
values = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x1f\x7f",
          "é", "日本", "😀", "\u200b", "\ud800", "\U0010ffff", b"bytes", b"'", b"\x80\xff", 1, -1.5, 1e100, 1j,
          None, True, [1, "a"], (1,), (), {"k": [1]}, {1, 2}, frozenset(), set(), range(2), slice(1, 2),
          bytearray(b"ba"), ..., NotImplemented, int, type, [[]], {}]
for v in values:
    print(repr(v), ascii(v))
print(repr(float("nan")), repr(-float("inf")), repr(1e16), repr(0.1), repr(100.0))


class R:
    def __repr__(self):
        return "R(é)"


print(repr(R()), ascii(R()), ascii([R()]), str([R()]))
l = [1]
l.append(l)
d = {}
d[1] = d
print(repr(l), repr(d), ascii(l))
