# Positional, keyword, defaults, keyword-only, positional-only, *args and **kwargs binding.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return f"a={a} b={b} c={c} d={d} args={args} e={e} f={f} kw={kw}"


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, 50, 60, e=5, f=7, g=8))
print(f(1, 2, 3, e=5, a=9))
bad_calls = [
    "f(1, 2, e=5)",
    "f(1, 2, 3)",
    "f(1, b=2, c=3, e=5)",
    "f(1, 2, 3, c=3, e=5)",
    "f()",
    "g(1, 2, 3)",
    "g(x=1)",
    "h(1, 2)",
    "h(1, 1, 1, 1)",
    "k(1, 2)",
    "k(1, b=2, b2=3)",
]


def g(x):
    return x


def h(a, b, c):
    return a


def k(a, *, b):
    return a


for call in bad_calls:
    try:
        eval(call)
    except TypeError as err:
        print(f"{call}: {err}")


def defaults(x, y=[], z={}):
    y.append(x)
    z[x] = len(y)
    return y, z


print(defaults(1))
print(defaults(2))
print(g(x=5), g(*[6]), g(**{"x": 7}))


class M:
    def m(self, a):
        return a


try:
    M().m()
except TypeError as err:
    print(err)
try:
    M().m(1, 2)
except TypeError as err:
    print(err)
try:
    M.m(1)
except TypeError as err:
    print(err)
try:
    len()
except TypeError as err:
    print(err)
try:
    len([], [])
except TypeError as err:
    print(err)
try:
    int(x=1)
except TypeError as err:
    print(err)
