# Numbers that die in arithmetic, in overwritten locals, list items and attributes are reused
# by the interpreter for the next ones: no value may leak from a dead number into a live one,
# and objects something else still reaches (a list, a weak reference, a subclass instance with
# a finalizer) must never be reused. Also float `**` with every kind of base and exponent.
import gc
import weakref


def churn_locals(n):
    acc = 0.0
    x = 1.5
    for i in range(n):
        x = x * 1.0001 + i
        y = x - 0.5
        acc += y / (i + 1)
    return acc, x


print(churn_locals(2000))

vals = [0.5 * i for i in range(10)]
keep = vals[3]
for _ in range(50):
    for i in range(len(vals)):
        vals[i] = vals[i] * 1.5 - 0.25
print(vals)
print(keep, vals[3] is keep)

big = [10**12 + i for i in range(5)]
held = big[2]
for _ in range(20):
    for i in range(5):
        big[i] = big[i] * 3 - 7
print(big, held)


class P:
    def __init__(self, x):
        self.x = x

    def step(self, d):
        self.x /= d
        self.x += 0.125
        return self


p = P(3.0)
alias = p.x
for k in range(1, 40):
    p.step(k * 1.25)
print(p.x, alias)

deaths = []


class F(float):
    def __del__(self):
        deaths.append(float(self))


def subclass_values():
    a = F(2.5)
    a = a * 2.0
    b = F(1.25)
    c = b + 1.0
    b = c
    return a, c


print(subclass_values())
gc.collect()
print(sorted(deaths))


class W(float):
    pass


w = W(4.0)
r = weakref.ref(w)
w = w + 1.0
print(w, r())

ids = set()
for i in range(100):
    t = i * 0.5
    ids.add(type(t).__name__)
print(ids)

cases = [
    (2.0, 0.5), (2.0, -1.5), (10.0, 308.0), (10.0, 309.0), (0.5, 2000.0), (1e-300, 2.0),
    (0.0, 2.0), (0.0, -1.0), (-8.0, 1 / 3), (-2.0, 3.0), (-2.0, 0.5), (1.0, float("inf")),
    (float("inf"), 2.0), (float("inf"), -1.0), (float("nan"), 0.0), (2.0, float("nan")),
    (1.0, float("nan")), (3, 0.5), (2.5, 3), (-0.0, -3.0), (-0.0, 3.0), (7.0, 0.0),
]
for base, exp in cases:
    try:
        print(base, exp, repr(base**exp))
    except Exception as e:
        print(base, exp, type(e).__name__, e)
    try:
        z = base
        z **= exp
        print("inplace", repr(z))
    except Exception as e:
        print("inplace", type(e).__name__, e)
