# Format specs and %-formatting of floats.
x = 1234.56789
for spec in ["", "f", ".2f", ".0f", "#.0f", "10.3f", "<10.1f", "^12.2f", "+.1f", " .1f", "010.2f", ",.2f", "_.3f",
             "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "n", ".2", "r" if False else ".15g", "=+12.2f",
             "*>12.1e", "#g", "#.3g"]:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-10, 1e20, 123456789.0, 0.000123, float("inf"), float("-inf"), float("nan"), 1e16, 1.5]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".3"), format(v, "e"), format(v, ".2f"), format(v, "z.1f") if v == -0.0 else "")
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G %5.1f%%" % (x, x, x, x, x, x, 1e-5, 1e20, 99.44))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%s %r" % (0.1, 0.1), str(1e-5), str(1e16), str(123456789012345678.0))
print(f"{3.14159:.3}", f"{2.0:.0%}", f"{1e6:,.0f}", f"{-1.5:+}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, ",d")
except ValueError as e:
    print("ValueError:", e)
print(format(1e-320, ".3e"), format(2.5e-308, "g"), format(1.7976931348623157e308, ".17g"))
