# math module: exact integer functions and correctly-rounded float functions.
import math

print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(48, 180, 30), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1))
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.copysign(2, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.fmod(-7, 3), -7 % 3)
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.exp(0), math.pow(2, 0.5), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isnan(float("nan")), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180), math.sin(0), math.cos(0), math.atan2(1, 1))
for call in ["math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.factorial(2.5)", "math.comb(3, -1)"]:
    try:
        eval(call)
    except (ValueError, TypeError) as e:
        print(call, type(e).__name__ + ":", e)
print(math.floor(10 ** 20 + 0.5) if False else math.floor(1e20), math.ceil(1e-300), math.nextafter(1.0, 2.0), math.ulp(1.0))
