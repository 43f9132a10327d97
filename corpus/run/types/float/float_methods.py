# float methods: hex/fromhex, is_integer, as_integer_ratio, and the float() constructor.
for v in [1.0, 0.5, 0.1, -2.75, 0.0, 1e-310, 1.7976931348623157e308, 3.0]:
    print(v, v.hex(), float.fromhex(v.hex()) == v, v.is_integer(), v.as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0xA.8"), float.fromhex("  0x1p+10  "))
print(float("1.5"), float(" -2.5e3 "), float("1_000.5"), float(".5"), float("5."), float("+inf"), float("nan"))
print(float(7), float(True), float(2 ** 70), float("0x10" if False else "16"), float(b"3.25"))
for bad in ["", "1.2.3", "abc", "1e", "0x10", "1__0", "inf inity", " "]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__)


class F:
    def __float__(self):
        return 1.25


class I:
    def __index__(self):
        return 3


print(float(F()), float(I()))
print(hash(0.5), hash(-0.0), hash(1.5), hash(float("inf")), hash(float("-inf")), hash(1e100))
