# Infinities, NaN and signed zero in arithmetic and comparisons.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 0, nan > 0, max(nan, 1), max(1, nan), min(nan, 1))
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -(-inf), sorted([3.0, inf, -inf, 0.0]))
print(0.0 == -0.0, str(-0.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, abs(-0.0), -0.0 / 1)
print(inf % 2 if False else "skip", 5.0 % inf, -5.0 % inf, divmod(5.0, inf))
import math

print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(1, -0.0), math.copysign(3, nan))
print(1e308 + 1e308, -(1e308 + 1e308), 2e-323 / 4, (2e-323 / 4) == 0.0)
print(inf % 2, -inf % 2, 2 % -inf, divmod(-2.0, inf))
print(int(1e18), 1e18 == 10 ** 18, 1e23 == 10 ** 23, float(10 ** 23))
print([x for x in [inf, nan, 1.0] if x == x])
print(inf in [inf], nan in [nan], nan in [float("nan")])
