# Arithmetic across int, bool, float and complex: result types and coercion.
vals = [True, 3, 2.5, 1 + 1j]
for a in vals:
    row = []
    for b in vals:
        r = a + b
        row.append(f"{type(r).__name__}:{r!r}")
    print(" ".join(row))
print(3 * 2.0, 3 / 1, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 2 ** -1, (-8) ** 2)
print((-8) ** 0.5)
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 + 0.2, 0.1 * 3, 1 - 0.9)
print(10 ** 20 + 0.5, 10 ** 20 / 3, 2 ** 64 * 1.0)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, divmod(7.5, 2), divmod(-7, 2.0))
print(True / 2, True // 2, False * 3.5)
print((1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1j) ** 2, abs(3 + 4j))
try:
    (1 + 2j) // 2
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1j / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 + "1"
except TypeError as e:
    print("TypeError:", e)
try:
    "1" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    [] - []
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    -"x"
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
try:
    2 ** "x"
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 1.5)
except TypeError as e:
    print("TypeError:", e)
