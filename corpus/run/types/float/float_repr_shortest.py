# repr() of floats is the shortest string that round-trips.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345.6, 1e-5, 1e-4,
          0.0001, 0.00001, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793,
          2.718281828459045, 100.0, 1e22, 1e23, 9007199254740993.0, 0.3, 1.1, 2.675, 1.005, 123.456, 1e100,
          4.35, 0.07, 1234567890123456789.0, 0.1 * 3, 1 - 0.9, 2 ** 0.5, 10 / 7, 1e-7, 12345678.9]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v)
print(float("inf"), float("-inf"), float("nan"), -float("nan"), float("Infinity"), float("-iNF"))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(1e308 * 10, -1e308 * 10, 1e-323 / 2, 5e-324 / 2)
print([0.5 ** i for i in range(0, 60, 7)])
print([10.0 ** i for i in range(-6, 20, 3)])
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 63), float(10 ** 17))
