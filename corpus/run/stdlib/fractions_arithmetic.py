from fractions import Fraction
from decimal import Decimal
import math

a, b = Fraction(3, 4), Fraction('5/6')
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, -a, abs(Fraction(-2, 3)), a // b, a % b, divmod(Fraction(7, 2), Fraction(1, 3)))
print(repr(a), str(Fraction(6, 3)), Fraction(0.1), Fraction('3.1415'), Fraction(Decimal('1.25')), Fraction('-1e-3'))
print(Fraction(math.pi).limit_denominator(1000), Fraction(1, 3).limit_denominator(2), Fraction(0.1).limit_denominator())
print(a.numerator, a.denominator, a.as_integer_ratio(), float(a), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)))
print(a < b, a == Fraction(6, 8), a == 0.75, Fraction(1, 2) < 0.6, hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2))
print(sorted([Fraction(1, 3), Fraction(1, 4), Fraction(1, 2)]), sum(Fraction(1, n) for n in range(1, 6)), a + 1, 2 * a, 1.5 + a)
print(Fraction(2, 3) ** Fraction(1, 2), Fraction(-3, 9), Fraction(Fraction(1, 2), Fraction(3, 4)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction('x/2')
except ValueError as e:
    print('ValueError', e)
