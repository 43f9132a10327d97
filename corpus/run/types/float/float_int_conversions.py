# Conversions between float and int at the edges of exactness.
for v in [2.0 ** 52, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 64, 1e19, 1.5e30, -9.99e17, 123.999999, -0.9999]:
    print(repr(v), int(v))
for n in [2 ** 53 - 1, 2 ** 53 + 1, 2 ** 54 + 3, 10 ** 16 + 1, 2 ** 1023, 2 ** 1024 - 2 ** 970 - 1]:
    print(n, float(n))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(float(2 ** 1024 - 2 ** 970 - 1) == 1.7976931348623157e308)
print(1 / 2 ** 1074 if False else 2 ** -1074, 2.0 ** -1075, 10 ** -400 if False else 1e-400)
print((2 ** 53 + 1) / 1, (10 ** 30) / (10 ** 15), 10 ** 30 // 10 ** 15, 7 / 7, 2 ** 1100 / 2 ** 1099)
try:
    2 ** 1100 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(3 * 1.0 == 3, (3.0).is_integer(), int("3") == 3.0, 1 / 3 == 0.3333333333333333)
