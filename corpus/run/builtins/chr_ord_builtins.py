# chr() and ord() over the full code point range and their errors.
print(chr(65), chr(0x263A), chr(0x1F600), chr(0), repr(chr(0x7F)), chr(0x10FFFF) == "\U0010ffff", repr(chr(0xD800)))
print(ord("A"), ord("é"), ord("😀"), ord("\x00"), ord(b"a"), ord(bytearray(b"z")), ord("\U0010ffff"))
print("".join(chr(c) for c in range(97, 123)), [ord(c) for c in "Hi!"])
for call in ["chr(-1)", "chr(0x110000)", "chr(1.5)", "chr('a')", "ord('')", "ord('ab')", "ord(5)", "ord(b'ab')", "chr(2 ** 100)"]:
    try:
        eval(call)
    except (TypeError, ValueError, OverflowError) as e:
        print(call, type(e).__name__ + ":", e)
