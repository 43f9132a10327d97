# Lambdas: parameters of every kind, defaults, closures, immediate calls.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__, add.__qualname__)
star = lambda *args, **kw: (args, sorted(kw.items()))
print(star(1, 2, x=3))
kwonly = lambda a, *, k=5: a * k
print(kwonly(2), kwonly(2, k=3))
posonly = lambda a, /, b: (a, b)
print(posonly(1, b=2))
try:
    posonly(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
print((lambda: "immediate")())
print((lambda x: lambda y: x * y)(3)(4))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
pairs = [(1, "b"), (2, "a"), (1, "a")]
print(sorted(pairs, key=lambda p: (p[0], p[1])))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(list(filter(lambda x: x % 2, range(10))))
fact = lambda n: 1 if n == 0 else n * fact(n - 1)
print(fact(10))
print((lambda *a: a)(), (lambda **k: k)())
cond = lambda x: (yield_like := x * 2)
print(cond(4))
print((lambda: (yield))().__class__.__name__)
print(add.__defaults__, kwonly.__kwdefaults__, add.__code__.co_varnames)
