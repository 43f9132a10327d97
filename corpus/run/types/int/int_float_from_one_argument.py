# int(x) and float(x) with one argument: an exact int or float comes back as itself, text is
# parsed (word-sized values and beyond, underscores, prefixes, other bases), and bad input
# gives CPython's errors.
x, y, z = 1.5, 10**30, 12345
print(float(x) is x, int(y) is y, int(z) is z)


class F(float):
    pass


class I(int):
    pass


print(type(float(F(2.5))), type(int(I(3))), float("  1e3 "), int(" 42\n"), int(3.9), float(7))
print(int(True), float(True), type(int(True)).__name__, int(F(2.5)), float(I(4)))
for bad in ("x", "", "1.5", None, [1], "1__0"):
    for f in (int, float):
        try:
            print(f.__name__, repr(bad), f(bad))
        except (ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
texts = ["0", "-0", "+7", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
         "-9223372036854775809", "18446744073709551615", "18446744073709551616", "1_000",
         "0x_ff", "0b101", "0o777", "zz", " 12 ", "١٢٣", "_1", "1_", "-", "0x", "00", "007"]
for t in texts:
    row = []
    for base in (0, 10, 16, 36, 2):
        try:
            row.append(int(t, base))
        except ValueError:
            row.append("ValueError")
    print(repr(t), row)
print(int("123456789" * 5), int("-" + "9" * 40), int("42") == 42, hash(int("-1")))
