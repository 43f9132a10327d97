# %c in str and bytes %-formatting: one-character strs, one-byte bytes and bytearrays,
# integers (also through __index__), and the TypeError and OverflowError of each mode.
class Idx:
    def __index__(self):
        return 66


class BadIdx:
    def __index__(self):
        raise ValueError("no index")


values = ("Y", b"Y", b"YY", 65, 256, -1, 3.5, bytearray(b"Z"), "YY", Idx(), BadIdx(),
          memoryview(b"M"), 0x110000, True)
for v in values:
    for fmt in ("%c", b"%c"):
        try:
            print(repr(fmt), type(v).__name__, repr(fmt % (v,)))
        except Exception as e:
            print(repr(fmt), type(v).__name__, type(e).__name__, e)
