# Constants of every marshallable type in co_consts: ints of all sizes, floats, complex, strings, bytes, tuples.
values = (
    0, 1, -1, 255, 256, -256, 2 ** 31, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), 2 ** 64, 12345678901234567890123,
    0.0, -0.0, 1.5, 1e300, 5e-324, float("inf") if False else 1e308,
    0j, 1j, -1j, 1.5 + 2.5j, complex(0, -0.0) if False else -0.5j,
    "", "a", "ascii text", "é", "日本語", "😀", "\x00", "\ud800" if False else "surrogate-free", "x" * 100,
    b"", b"a", b"\x00\xff", b"x" * 100,
    (), (1,), (1, "a", b"b", None, True, False, ...), ((1, 2), (3, (4,))),
    None, True, False, ...,
)
for v in values:
    print(type(v).__name__, repr(v)[:40])
big = 123456789012345678901234567890123456789012345678901234567890
neg_big = -big
print(big, neg_big, big.bit_length())
