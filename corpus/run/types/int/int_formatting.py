# Formatting ints with format specs, %-formatting and the base helpers.
n = 1234567
for spec in ["", "d", "10d", "<10d", "^10d", ">10", "010d", "+d", " d", "-d", ",", "_", "_x", "x", "X",
             "#x", "#X", "o", "#o", "b", "#b", "#010b", "e", ".2e", "f", ".3f", "%", "g", "n", "c" if False else "08,d",
             "*^15,", "=+12", "#_b"]:
    print(repr(spec), repr(format(n, spec)))
print(format(-42, "+05d"), format(-42, "=8"), format(-42, "x"), format(-42, "#x"), format(0, "#x"))
print(format(65, "c"), format(10 ** 20, ","), format(-(10 ** 20), "_"))
print("%d %i %5d %-5d| %05d %+d %x %X %#x %o %#o %e %c" % (42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 42, 97))
print("%d" % 3.99, "%s" % 10 ** 30, "%r" % -1, "%.3d" % 7, "%*d" % (6, 7), "%-*d|" % (6, 7))
print(bin(10), oct(10), hex(10), bin(-10), oct(-10), hex(-10), hex(2 ** 70))
print(str(-0), repr(10 ** 25), f"{12345:,}", f"{12345:>{10}}", f"{255:#{'x'}}")
for bad in ["s", ".2d", ",x"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    format(1 << 40, "c")
except OverflowError as e:
    print("OverflowError:", e)
