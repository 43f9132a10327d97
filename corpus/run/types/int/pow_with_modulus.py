# Three-argument pow, including negative exponents (modular inverse) and big moduli.
print(pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, -1, 11), pow(2, -3, 13), (2 * pow(2, -1, 97)) % 97)
print(pow(12345678901234567890, 98765, 2 ** 127 - 1))
print(pow(0, 0, 5), pow(5, 0, 1), pow(5, 3, 1), pow(-1, 5, 3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 5, 3)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 100), pow(2, -2), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(4, 0.5))
print(pow(base=3, exp=4), pow(base=3, exp=4, mod=5))
print(2 ** 3 ** 2, (2 ** 3) ** 2, pow(2, pow(3, 2)))
m = 2 ** 89 - 1
print(all(pow(a, m - 1, m) == 1 for a in (2, 3, 5, 7)))
print(pow(True, 2), pow(10, 2, True))
