# Constants of every kind marshal carries, folded and not, printed by value and by type.
import math
import sys

neg_zero = -0.0
pos_zero = 0.0
print(neg_zero, pos_zero, math.copysign(1.0, neg_zero), math.copysign(1.0, pos_zero))
nan = float("nan")
print(nan != nan, 1e308 * 10, -1e308 * 10)
print(1j, -0j, (1 + 2j), 3.5e-7, 1e16, 123456789012345678901234567890)
big = 2 ** 200
print(big, -big, hex(0xFFFF_FFFF_FFFF_FFFF_FFFF))
print(b"bytes\x00\xff", "str\x00\u20ac", "a b", "ab", "", b"")
nested = (1, (2.0, ("three", b"four")), None, ..., True, False)
print(nested, type(nested[1][1][1]).__name__)
print("a" in ("a", "b"), 3 in {1, 2, 3}, "z" not in {"x", "y"})
print(len("\U0001f600"), "\N{GREEK SMALL LETTER ALPHA}")
print(sys.intern("ab") is "ab" if False else "skip")
