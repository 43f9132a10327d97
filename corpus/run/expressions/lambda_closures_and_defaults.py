# Lambdas capturing loop variables, default arguments, and nested lambdas.
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
apply = lambda f, *args: f(*args)
print(apply(max, 3, 9, 2), apply(lambda: "no args"))
print(sorted(range(-3, 4), key=lambda v: (v * v, -v)))
