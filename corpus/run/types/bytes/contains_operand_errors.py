# `x in bytes`: an integer is a byte value (range-checked), else x must be bytes-like.
class Idx:
    def __index__(self):
        return 98


for x in ('a', 1.5, None, [1], 97, 300, -1, True, b'b', bytearray(b'c'), Idx(), 2 ** 100):
    for hay in (b'abc', bytearray(b'abc')):
        try:
            print(repr(x) if not isinstance(x, Idx) else 'Idx', x in hay)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
