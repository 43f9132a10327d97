# str/repr of ints, and conversion between bases using only builtins.
for n in [0, 7, -7, 10 ** 18, -(10 ** 18) - 1, 2 ** 100, 123456789]:
    print(str(n), repr(n), format(n, ","), format(n, "_"), format(n, "+"), len(str(abs(n))))


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for base in (2, 3, 7, 16, 36):
    s = to_base(-123456789, base)
    print(base, s, int(s, base))
print(int("zz", 36), int("-0b1111", 0), int("0o777", 8), int("0x" + "f" * 20, 16))
print(str(True + 0), str(-0), repr(int("  42  ")), int("٣"), int("１２"))
