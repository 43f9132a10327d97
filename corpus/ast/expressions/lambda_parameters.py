# lambdas with every parameter kind
f = lambda: 0
f = lambda x: x
f = lambda x, y: x + y
f = lambda x=1: x
f = lambda x, y=2: x
f = lambda *args: args
f = lambda **kwargs: kwargs
f = lambda *args, **kwargs: (args, kwargs)
f = lambda x, *, y: x
f = lambda x, *, y=1, z: x
f = lambda *, k: k
f = lambda a, /: a
f = lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
f = lambda a, /, b, *, c: 0
f = lambda a=1, /, b=2, *, c=3: 0
f = lambda *a, b=lambda: 0: b
f = lambda x,: x
f = lambda *args,: args
f = lambda **kw,: kw
