# `%%` is the only literal percent in %-formatting: a `%` conversion after a key, flags, width
# or precision takes an argument and is then an unsupported format character.
cases = [
    ("%%", ()),
    ("100%% sure %s", ("yes",)),
    ("% %s", 1),
    ("%  %s", 1),
    ("%(a)%", {"a": 1}),
    ("%5%", ()),
    ("%5%", (1,)),
    ("%.2%", ()),
    ("%-%", ()),
    ("%*%", (3,)),
    ("%*%", (3, 4)),
    ("%", ()),
    ("% ", 1),
]
for fmt, args in cases:
    for f in (fmt, fmt.encode()):
        try:
            print(repr(f), "->", repr(f % args))
        except (ValueError, TypeError, KeyError) as e:
            print(repr(f), "->", type(e).__name__, e)

# A bytes or bytearray argument is never a mapping for bytes formatting (it is for str).
for arg in (b"1", bytearray(b"1"), "1", [1], {"a": 1}):
    for f in (b"no format", "no format", bytearray(b"no format")):
        try:
            print(repr(f), repr(arg), "->", repr(f % arg))
        except TypeError as e:
            print(repr(f), repr(arg), "->", e)
