# printf-style % formatting: conversions, flags, width/precision, mapping keys, errors.
print("%s %s" % ("a", 1), "%s" % "single", "%s" % (1,), "%s" % ((1, 2),), "%s" % [1, 2])
print("%r %a" % ("é", "é"), "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef", "%5.1s|" % "xyz")
print("%d %i %u" % (1, -2, 3), "%+d % d" % (5, 5), "%05d %-5d|" % (42, 42), "%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.1f %10.3f %-10.2f| %e %E %g %G" % (3.14159, 2.25, 1.0, 2.5, 12345.678, 0.000123, 1e-5, 1e16))
print("%c%c%c" % (72, "i", 33), "%%", "100%% done" % ())
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30}, "%(x)s %(x)r" % {"x": "k"})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % None, "%s" % True, "%d" % True, "%.3s" % None, "%10.4f|" % -1.5)
errors = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", {}), ("%c", "ab"), ("%c", -1), ("%(a)s %s", {"a": 1}), ("%", ())]
for fmt, args in errors:
    try:
        fmt % args
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print(b"%s %d %x %c %r" % (b"bytes", 5, 255, 65, b"r"), b"%5b|" % b"ab")
