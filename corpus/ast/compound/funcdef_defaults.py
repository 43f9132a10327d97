# default value expressions
def f(a=[], b={}, c=(), d=None, e=-1, f=1.5e3): pass
def f(a=lambda: 0, b=lambda x=1: x): pass
def f(a=x if y else z, b=[i for i in range(3)]): pass
def f(a=f(), b=g(1, 2), c=h.i.j): pass
def f(*, key=lambda v: v, reverse=False): pass
def f(a=1, /, b=a if False else 2): pass
def f(sentinel=object(), mapping=dict(a=1, **{'b': 2})): pass
