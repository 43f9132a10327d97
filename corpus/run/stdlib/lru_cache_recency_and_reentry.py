# functools.lru_cache: recency order and eviction, typed keys, keyword keys, maxsize 0 and None,
# recursion, and a key whose __eq__ calls the cached function again during a hit.
import functools
calls = []
@functools.lru_cache(maxsize=3)
def f(x):
    calls.append(x); return x * 2
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 6]:
    f(x)
print(calls, f.cache_info())
f.cache_clear(); print(f.cache_info(), f(1), f.cache_info())
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@functools.lru_cache(maxsize=2, typed=True)
def g(x): calls.append(("g", x)); return x
g(1); g(1.0); g(1); print(g.cache_info(), calls[-2:])
@functools.cache
def h(a, b=2, *, c=3): return a + b + c
print(h(1), h(1, c=4), h(1, b=2), h.cache_info())
@functools.lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@functools.lru_cache(maxsize=2)
def rec(n): return 0 if n == 0 else rec(n - 1) + 1
print(rec(50), rec.cache_info())
@functools.lru_cache(maxsize=10)
def test_func(x):
    return x
class DoubleEq:
    def __init__(self, x): self.x = x
    def __hash__(self): return self.x
    def __eq__(self, other):
        if self.x == 2:
            test_func(DoubleEq(1))
        return self.x == other.x
test_func(DoubleEq(1))
test_func(DoubleEq(2))
print(test_func(DoubleEq(2)).x)
print(test_func.cache_info())
