import math
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 1e-300, 1e300, 3.7, -2.5, 100.0, 710.0, float('inf'), float('-inf'), float('nan'), 10**400, -7, True]
names = ['acos','acosh','asin','asinh','atan','atanh','cbrt','cos','cosh','exp','exp2','expm1','fabs','log1p','sin','sinh','sqrt','tan','tanh','gamma','lgamma','log','log2','log10','degrees','radians','floor','ceil','trunc','isfinite','isinf','isnan','frexp','modf','ulp']
for n in names:
    f = getattr(math, n)
    out = []
    for v in vals:
        try: r = f(v)
        except Exception as e: r = type(e).__name__ + ':' + str(e)
        out.append(repr(r))
    print(n, ' '.join(out))
pairs = [(2.0, 3.0), (-8.0, 1/3), (0.0, -1.0), (2.0, 1e10), (-2.0, 3.0), (float('inf'), -2), (1.0, float('nan')), (10.0, 3.0), (-10.0, 3.0), (7.5, -2.0), (1e308, 10.0), (0.0, 0.0), (5, 0)]
for n in ['pow', 'atan2', 'copysign', 'fmod', 'remainder', 'hypot', 'nextafter', 'ldexp' ]:
    f = getattr(math, n)
    out = []
    for a, b in pairs:
        try: r = f(a, int(b) if n == 'ldexp' and b == b and abs(b) != float('inf') else b)
        except Exception as e: r = type(e).__name__ + ':' + str(e)
        out.append(repr(r))
    print(n, ' '.join(out))
print(math.fsum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1, 1e16]), sum([0.1]*10))
print(math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(*range(10)), math.dist((1, 2, 3), (4, 5, 6)), math.hypot(), math.hypot(-2))
print(math.factorial(20), math.factorial(30), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.isqrt(10**20 + 1), math.comb(50, 25), math.perm(10, 3), math.perm(5))
print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod([], start=5), math.isclose(1.0, 1.0000000001), math.isclose(1, 1.1, rel_tol=0.2))
print(math.log(10**400), math.log(2**1000, 2), math.log10(10**300), math.log2(2**2000), math.log(8, 2))
for f, a in [(math.factorial, -1), (math.factorial, 2.0), (math.sqrt, -1), (math.log, 0), (math.sqrt, 'x'), (math.isqrt, -1), (math.comb, (-1, 2)), (math.floor, float('inf')), (math.floor, float('nan'))]:
    try: print(f(*a) if isinstance(a, tuple) else f(a))
    except Exception as e: print(type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, math.nan, math.floor.__module__, repr(math.floor), math.__name__)
print([math.gamma(x) for x in (0.5, 1.5, 5.5, -0.5, 30.5, 171.0)], [math.lgamma(x) for x in (0.5, 100.0, -2.5)])
