from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero

print(Decimal('1.1') + Decimal('2.2'), Decimal('10') / Decimal('3'), Decimal(7) // Decimal(2), Decimal(-7) % Decimal(3))
print(repr(Decimal('3.14')), str(Decimal('1E+3')), Decimal(0.1), Decimal('0.000001'), Decimal('1e-7'))
print(getcontext().prec, Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal(1000).log10())
print(Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('7.89').quantize(Decimal('1.'), rounding=ROUND_DOWN))
print(Decimal('1.2300').normalize(), Decimal('-0'), Decimal('NaN'), Decimal('-Infinity'), Decimal('123.456').as_tuple())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), ctx.prec)
print(getcontext().prec, Decimal(1) / Decimal(7))
print(Decimal('1.5') < Decimal('2'), Decimal('2.0') == Decimal(2), Decimal('0.5') == 0.5, hash(Decimal('2.0')) == hash(2))
print(sorted([Decimal('3'), Decimal('-1.5'), Decimal('2.25')]), sum([Decimal('0.1')] * 10), round(Decimal('2.567'), 2), int(Decimal('-3.9')), float(Decimal('1.25')))
print(Decimal('12345.678').to_integral_value(), Decimal(10) ** 20, Decimal('1.1') ** 3, -Decimal('5'), abs(Decimal('-5.5')))
print('{:.3f} {:>10} {:e} {:,}'.format(Decimal('3.14159'), Decimal('2.5'), Decimal('12345'), Decimal('1234567.5')))
print(Decimal.from_float(0.25), Decimal((1, (3, 1, 4), -2)), Decimal('5').compare(Decimal('3')), Decimal('1.30').max(Decimal('1.3')))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print('DivisionByZero', type(e).__mro__[1].__name__)
try:
    Decimal('abc')
except InvalidOperation:
    print('InvalidOperation')
