# fractions.Fraction and decimal.Decimal exact arithmetic.
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP

a = Fraction(1, 3)
b = Fraction("2/7")
print(a + b, a * b, a / b, a - b, a ** 2, -a, abs(-b), Fraction(0.75), Fraction("1.25"), Fraction(6, -4))
print(a < b, a == Fraction(2, 6), float(a), int(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(1, 3).limit_denominator(2))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(3.1415926).limit_denominator(1000))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), Decimal("1.10") * 3, Decimal("2").sqrt())
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
getcontext().prec = 10
print(Decimal(1) / Decimal(3), Decimal("1e5"), Decimal("-0"), Decimal(0.1) if False else Decimal("NaN"), Decimal("123.4500").normalize())
