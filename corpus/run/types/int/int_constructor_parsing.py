# int() from strings in various bases, with whitespace, underscores, signs and errors.
cases = [("42",), (" -17 ",), ("+8",), ("1_000",), ("0b101", 0), ("0o17", 0), ("0x1F", 0), ("ff", 16),
         ("FF", 16), ("z", 36), ("Z", 36), ("777", 8), ("101", 2), ("0x_ff", 16), ("00", 0), ("0", 0),
         ("\t12\n",), ("١٢٣",), ("12", 3)]
for args in cases:
    print(args, int(*args))
bad = [("",), ("4.5",), ("1__0",), ("_1",), ("1_",), ("0x",), ("12", 2), ("08", 0), ("abc",), ("1 2",),
       ("9", 37), ("5", 1), ("0b2", 0)]
for args in bad:
    try:
        int(*args)
    except ValueError as e:
        print(args, "ValueError:", e)
print(int(), int(3.99), int(-3.99), int(True), int(b"12"), int(bytearray(b" 7 ")))
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)


class HasInt:
    def __int__(self):
        return 9


class HasIndex:
    def __index__(self):
        return 8


print(int(HasInt()), int(HasIndex()))
print(int("10", base=16), int(x="5") if False else int("5"))
