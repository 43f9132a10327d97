# %-formatting's width and precision limits: '*' reads a width as Py_ssize_t and a
# precision as a C int (OverflowError past them), digit strings past them are ValueError,
# negative '*' widths left-justify and negative '*' precisions count as 0, and precisions
# past what any double needs still pad with zeros.
import sys

cases = [
    ("%*s", (sys.maxsize + 1, "")),
    ("%.*f", (sys.maxsize + 1, 1.0 / 7)),
    ("%.*f", (2 ** 31, 1.0 / 7)),
    ("%*s", ("x", "y")),
    ("%10.*f", ("foo", 42.0)),
    ("%%%df" % (2 ** 64), 3.2),
    ("%%.%df" % (2 ** 64), 3.2),
    ("%.{}f".format(sys.maxsize + 1), 1.0),
    ("%{}f".format(sys.maxsize + 1), 1.0),
    (b"%.*f", (2 ** 31, 1.0)),
    (b"%*f", (2 ** 63, 1.0)),
    (b"%%.%df" % (2 ** 64), 3.2),
    (b"%%%df" % (2 ** 64), 3.2),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

print(repr("%*s|" % (-5, "ab")), repr("%.*s|" % (-5, "abcdef")), repr("%.*f" % (-1, 2.5)))
print(repr(b"%.*s|" % (-3, b"abc")), repr("%*.*s" % (5, 2, "abc")))
long = "%.70000f" % (1.0 / 3)
print(len(long), long[:20], long[-5:], set(long[1200:]))
longe = "%.70000e" % (2.0 / 3)
print(len(longe), longe[:20], longe[-10:])
longg = "%#.70000g" % 0.1
print(len(longg), longg[:20], longg[-5:])
print(len(format(1.5, ".70000f")), len(format(1e300, ".70000e")), format(0.25, ".70000g"))
