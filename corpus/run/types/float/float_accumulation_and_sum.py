# Summation order changes float results; sum() vs manual loops vs sorted order.
vals = [1e16, 1.0, -1e16, 3.0, 0.1, 0.2]
s1 = 0.0
for v in vals:
    s1 += v
print(s1, sum(vals), sum(sorted(vals)), sum(reversed(vals)), sum(sorted(vals, key=abs)))
harmonic = sum(1 / k for k in range(1, 10001))
print(harmonic, round(harmonic, 6))
print(sum([0.1] * 3) == 0.3, 0.1 * 3, sum([0.5] * 4), sum([1e-20] * 10 ** 4))
mean = sum(x / 7 for x in range(7)) / 7
print(mean, mean * 7 == 3.0)
big = [1e308, 1e308, -1e308]
print(sum(big), sum(sorted(big)))
