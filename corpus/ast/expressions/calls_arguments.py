# calls with every argument kind and ordering
f()
f(a)
f(a, b)
f(a,)
f(a=1)
f(a, b=1)
f(*a)
f(**k)
f(*a, **k)
f(a, *b, c)
f(a, *b, c=1, *d, **e)
f(a=1, *b)
f(**a, **b)
f(*a, *b, **c, d=1, **e)
f(a, b, *c, d=1, e=2, **f)
f(
    a,
    b=2,
    *c,
    **d,
)
print('x', 'y', sep=', ', end='\n', file=sys.stderr, flush=True)
