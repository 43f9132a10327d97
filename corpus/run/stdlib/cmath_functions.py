import cmath
import math
import random

FUNCS = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
         'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite',
         'isinf', 'isnan']


def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    print(label, repr(r))


# Every class of each part: infinities, NaN, signed zeros, tiny, huge and ordinary numbers.
parts = [-math.inf, -1e308, -2.5, -1.0, -0.5, -1e-310, -0.0, 0.0, 1e-320, 1e-200, 0.5, 1.0,
         1.5, 2.0, 710.0, 1e16, 1e154, 1e308, math.inf, math.nan]
for name in FUNCS:
    f = getattr(cmath, name)
    for re in parts:
        for im in parts:
            show('%s(%r, %r)' % (name, re, im), f, complex(re, im))
    print()

# Many ordinary inputs: the results must agree to the last bit.
rng = random.Random(2718)
for _ in range(400):
    scale = 10.0 ** rng.randint(-8, 2)
    z = complex(rng.uniform(-3, 3) * scale, rng.uniform(-3, 3) * scale)
    print(repr(z), [getattr(cmath, n)(z) for n in FUNCS[:16]], cmath.polar(z), cmath.phase(z))
BOUNDED = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'log', 'log10', 'sqrt', 'tan',
           'tanh']
for _ in range(200):
    scale = 10.0 ** rng.randint(-300, 300)
    z = complex(rng.uniform(-3, 3) * scale, rng.uniform(-3, 3) * scale)
    print(repr(z), [getattr(cmath, n)(z) for n in BOUNDED], cmath.polar(z))
for _ in range(100):
    z = complex(rng.uniform(-1.2, 1.2), rng.uniform(-0.3, 0.3))
    print(repr(z), cmath.log(z), cmath.atanh(z), cmath.acos(z), cmath.asinh(z))

for r in parts:
    for phi in parts:
        show('rect(%r, %r)' % (r, phi), cmath.rect, r, phi)
for z, base in [(8, 2), (1j, 1 + 1j), (100, 10), (1, 1), (1, 0), (0, 2), (2, -1), (-1, 1j)]:
    show('log(%r, %r)' % (z, base), cmath.log, z, base)


class C:
    def __complex__(self):
        return 1


class CC:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.0


class I:
    def __index__(self):
        return 9


for arg in ['a', C(), CC(), F(), I(), True, 2**2000, None]:
    show('sqrt(%s)' % type(arg).__name__, cmath.sqrt, arg)
show('sqrt()', cmath.sqrt)
show('sqrt(1, 2)', cmath.sqrt, 1, 2)
show('sqrt(x=1)', cmath.sqrt, x=1)
show('log()', cmath.log)
show('log(1, 2, 3)', cmath.log, 1, 2, 3)
show('rect(1)', cmath.rect, 1)
show('rect(1j, 2)', cmath.rect, 1j, 2)
show('isclose', cmath.isclose, 1 + 1j, 1 + 1.0000000001j)
show('isclose far', cmath.isclose, 1 + 1j, 1 + 1.1j)
show('isclose abs', cmath.isclose, 1e-12j, 0, abs_tol=1e-9)
show('isclose inf', cmath.isclose, complex(math.inf, 1), complex(math.inf, 2))
show('isclose same inf', cmath.isclose, complex(math.inf, 1), complex(math.inf, 1))
show('isclose neg', cmath.isclose, 1, 1, rel_tol=-1)
show('isclose one', cmath.isclose, 1)
show('isclose three', cmath.isclose, 1, 1, 2)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
