# float() and int() of buffers, strings with one sign only, the deprecation warnings for
# conversion dunders returning strict subclasses, and int()'s __trunc__ delegation.
import warnings

for x in ["3.14", b"3.14", bytearray(b"3.14"), memoryview(b"x3.14")[1:], " -1.5e3 "]:
    print(type(x).__name__, float(x))
print(int(memoryview(b"123")[1:3]), int(bytearray(b" 42 ")))

for bad in ["++3.14", "+-1", "-+2", "--0", b"++1", bytearray(b"1x")]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [bytearray(b"ab"), b"++1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)

print(float.__getformat__("double"), float.__getformat__("float"))
for bad in ["half", 1]:
    try:
        float.__getformat__(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class F(float):
    pass

class I(int):
    pass

class RetF:
    def __float__(self):
        return F(2.5)

class RetI:
    def __int__(self):
        return I(7)

class RetIdx:
    def __index__(self):
        return True

class JustTrunc:
    def __trunc__(self):
        return 42

class TruncToIndex:
    def __trunc__(self):
        return RetIdx()

class TruncBad:
    def __trunc__(self):
        return "no"

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(float(RetF()), int(RetI()), int(JustTrunc()), int(TruncToIndex()))
    print(list(range(5))[RetIdx()])
    try:
        int(TruncBad())
    except TypeError as e:
        print("TypeError:", e)
for w in caught:
    print(w.category.__name__, w.message)

class BadComplex:
    def __complex__(self):
        return None

class C(complex):
    pass

class SubComplex:
    def __complex__(self):
        return C(1, 2)

try:
    complex(BadComplex())
except TypeError as e:
    print("TypeError:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(complex(SubComplex()))
for w in caught:
    print(w.category.__name__, w.message)

inf = float("inf")
for base, exp in [(-inf, -0.5), (-inf, 0.5), (-inf, 3.0), (-inf, -3.0), (inf, -0.5)]:
    r = base ** exp
    print(base, exp, r, type(r).__name__)
