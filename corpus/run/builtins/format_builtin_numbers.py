# format() of ints and floats with the less common presentation types.
for spec in ["n", "c", "e", "E", "f", "F", "g", "G", "%", "b", "o", "x", "X", "d"]:
    try:
        print(spec, format(97, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
for spec in ["n", "e", "E", "f", "F", "g", "G", "%", "", ".0", ".1", "#.0e", "+.2%"]:
    print(repr(spec), format(1234.5678, spec), format(float("nan"), spec or "g"), format(-float("inf"), spec or "g"))
print(format(1e16, "F"), format(1e-5, "f"), format(123456789, ".3e"), format(0.0001234, ".2g"))
