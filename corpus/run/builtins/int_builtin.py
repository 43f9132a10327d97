# int(): every argument form and error message.
print(int(), int(0), int(-7.9), int("  -0012  "), int("1_2_3"), int(b"42"), int(bytearray(b"-3")), int(True))
print(int("z", 36), int("0x1f", 16), int("0X1F", 0), int("0b11", 0), int("0o17", 0), int("017", 8), int("10", base=2))
print(int(2.5e10), int(-1e-9), int(1e100) % 10 ** 10)
for args in [("1.0",), ("",), (" ",), ("0x1f",), ("1e3",), ("١٢",), ("12", 1), ("12", 37), (1.5, 10), ("++1",), ("--1",)]:
    try:
        print(args, int(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ":", e)
try:
    int([])
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", base=None)
except TypeError as e:
    print("TypeError:", e)
