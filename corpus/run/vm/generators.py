# Generators, send/throw/close, yield from, iterators, comprehensions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)), [x * 2 for x in count(3)])
def echo():
    received = None
    while True:
        received = yield received
        if received == 'stop':
            return 'done'
g = echo()
print(next(g), g.send('a'), g.send('b'))
try:
    g.send('stop')
except StopIteration as e:
    print('stopped with', e.value)
def inner():
    x = yield 1
    y = yield 2
    return x + y
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send(10), o.send(20))
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
gg = guarded()
print(next(gg))
gg.close()
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught', e)
c = catcher(); next(c); c.throw(ValueError('boom')); c.throw(ValueError('again'))
gen_expr = (x ** 2 for x in range(4))
print(type(gen_expr).__name__, list(gen_expr), list(gen_expr))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), [x for x in Countdown(3) if x])
print(dict(enumerate('ab')), {x: x % 2 for x in range(4)}, {x % 3 for x in range(10)})
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), min(x for x in [4, 2, 9]))
