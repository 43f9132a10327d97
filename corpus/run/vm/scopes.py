# Scopes: global, nonlocal, class scopes, comprehension scopes, walrus, del.
x = 'module'
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'inner'
        return x
    inner()
    return x
print(outer(), x)
def use_global():
    global y
    y = 42
use_global()
print(y)
class K:
    a = 1
    b = [a * i for i in range(3)] if False else None
    c = a + 1
print(K.c, K.b)
data = [1, 5, 10, 15]
if (n := len(data)) > 3:
    print('long list', n)
print([y2 for v in data if (y2 := v * 2) > 5])
def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return str(e)
print(f())
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def make():
    funcs = []
    for i in range(3):
        def g(i=i):
            return i * 10
        funcs.append(g)
    return funcs
print([g() for g in make()])
a, b = 1, 2
a, b = b, a
print(a, b)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
lst = [0, 0, 0]
lst[0] += 5
i = 1
lst[i] -= 3
print(lst)
d = {}
d.setdefault('k', []).append(1)
print(d)
x = y = z = 7
print(x, y, z)
print((lambda: (yield))) if False else print('lambda ok')
