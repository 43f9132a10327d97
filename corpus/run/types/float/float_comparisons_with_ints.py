# float vs int comparisons are exact, even where float(int) would round.
n = 2 ** 53 + 1
f = float(2 ** 53)
print(n == f, n > f, n - 1 == f, float(n) == f, int(f) == n - 1)
print(10 ** 16 + 1 > 1e16, 10 ** 16 == 1e16, 10 ** 23 == 1e23, int(1e23))
print(0.5 < 1, -0.5 > -1, 1 < 1.0000000000000002, 9007199254740993 < 9007199254740994.0)
print(max(2 ** 53 + 1, float(2 ** 53)), min(2 ** 53 + 1, float(2 ** 53 + 2)))
print(sorted([1.5, 1, 2 ** 53 + 1, float(2 ** 53), -0.0, 0]))
print(float("inf") > 2 ** 10000, -float("inf") < -(2 ** 10000), float("nan") != 2 ** 10000)
