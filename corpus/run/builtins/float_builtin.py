# float(): strings, special values, numbers and the error messages.
print(float(), float(3), float("3.25"), float(" -1e-3 "), float("1_000.000_1"), float(".5e1"), float(True))
print(float("inf"), float("-Infinity"), float("nan"), float("+NaN"), float(b"2.5"), float(10 ** 20))
for s in ["1e309", "-1e309", "1e-400", "0x1p3", "1,5", "nan(1)", "in f", "1.5e+"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for bad in [None, [], "", 1j]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
