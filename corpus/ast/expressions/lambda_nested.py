# lambdas inside lambdas and other expressions
compose = lambda f, g: lambda x: f(g(x))
curry = lambda a: lambda b: lambda c: a + b + c
key = sorted(items, key=lambda item: (item[1], -item[0]))
handlers = {'add': lambda a, b: a + b, 'neg': lambda a: -a}
y = (lambda x: x * 2)(21)
z = [lambda i=i: i for i in range(3)]
w = lambda: (yield)
v = lambda: (x := 1)
