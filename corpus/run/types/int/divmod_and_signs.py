# Floor division and modulo follow the sign of the divisor; divmod is consistent with both.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 10 ** 20), (-1, 10 ** 20),
         (10 ** 20, 7), (-(10 ** 20), 7), (10 ** 20, -7)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, (q, r), q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (5, 0.3), (1e20, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(-7 // 2, int(-7 / 2), round(-7 / 2), -(7 // 2))
print(divmod(True, 2), divmod(-1, True))
