# Conditional expressions and lambdas, nested and with defaults and closures.
def pick(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"


print([pick(v) for v in (-1, 0, 1)])
sq = lambda x: x * x
add = lambda a, b=1, *c, d=2, **e: a + b + sum(c) + d + sum(e.values())
compose = lambda f, g: lambda x: f(g(x))
noargs = lambda: "none"
print(sq(4), add(1), add(1, 2, 3, d=4, z=5), compose(sq, lambda y: y + 1)(2), noargs())
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print((lambda x: (lambda: x * 2))(21)(), (lambda: (yield 1))().__class__.__name__)
