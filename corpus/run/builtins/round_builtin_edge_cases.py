# round() with ndigits on ints, floats near ties, negative ndigits and huge values.
for x in [0.125, 0.375, 2.5, -2.5, 1.45, 1.55, 2.675, 1e22, 123456.789, -0.0]:
    print(repr(x), round(x), round(x, 1), round(x, 2), round(x, -1), round(x, -3))
for n in [15, 25, -15, 150, 250, 10 ** 20 + 50, -(10 ** 20) - 50]:
    print(n, round(n, -1), round(n, -2), round(n, 1))
print(round(0.5 + 1e-16), round(1e300, 300), round(1e-300, 301), round(float("inf"), -1), round(-0.5, 0))
