# del statement forms
del a
del a, b
del a, b,
del (a, b)
del [a, b]
del (a)
del ((a), [b])
del a.b
del a.b.c
del a[0]
del a[1:2]
del a[::2], a[0, 1]
del a.b[0].c
del [a, [b, (c,)]]
def f(x):
    del x
