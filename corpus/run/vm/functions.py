# Calls: positional, keyword, defaults, *args/**kwargs, closures, decorators, lambdas.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6, f=7), f(*[1, 2], **{'c': 9}))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(); c(); c(5); print(c(), c.__name__, c.__qualname__)
def deco(fn):
    def wrapper(*a, **k):
        return ('wrapped', fn(*a, **k))
    return wrapper
@deco
def add(x, y):
    return x + y
print(add(2, 3), (lambda x, y=10: x * y)(3), list(map(lambda t: t[1], [(1, 'a'), (2, 'b')])))
def kwonly(*, x): return x
def posonly(a, b, /, c): return a, b, c
print(kwonly(x=1), posonly(1, 2, c=3))
for call in ['f()', 'f(1)', 'f(1, c=1, a=2)', 'kwonly(1)', 'posonly(a=1, b=2, c=3)', 'add(1, 2, 3)',
             'f(1, 2, 3, c=1, c2=2, **{"c": 3})', 'len()', 'len(1, 2)', '(lambda: 0)(1)']:
    try:
        print(call, '->', eval(call))
    except TypeError as e:
        print(call, '!!', e)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), fact.__defaults__, f.__defaults__, f.__kwdefaults__)
g = 'global'
def reader(): return g
def writer():
    global g
    g = 'changed'
writer(); print(reader())
def gen_closures():
    return [lambda: i for i in range(3)]
print([fn() for fn in gen_closures()])
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print('RecursionError', e)
