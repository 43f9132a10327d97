# weakref.proxy forwards attributes, operators (unwrapping proxy operands), comparisons,
# containers, iteration and calls to its referent; it is shared without a callback, unhashable,
# and raises ReferenceError once the referent is gone.
import weakref, gc
class A:
    x = 1
    def __init__(self): self.items = [1, 2, 3]
    def m(self): return "m"
    def __len__(self): return 3
    def __getitem__(self, i): return self.items[i]
    def __add__(self, o): return ("add", o)
    def __radd__(self, o): return ("radd", o)
    def __iadd__(self, o): return ("iadd", o)
    def __eq__(self, o): return isinstance(o, A)
    def __lt__(self, o): return True
    __hash__ = None
    def __call__(self, *a, **k): return ("call", a, k)
    def __neg__(self): return "neg"
    def __index__(self): return 7
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x == 2
    def __bool__(self): return False
    def __str__(self): return "A-str"
a = A()
p = weakref.proxy(a)
print(type(p).__name__, type(p).__module__, type(p).__qualname__, p.x, p.m(), len(p), p[1], p + 1, 1 + p)
q = p
q += 5
print(q, p == a, a == p, p < 3, -p, [10, 20, 30, 40, 50, 60, 70, 80][p], list(p), 2 in p, bool(p), str(p))
print(p(1, k=2), callable(p), isinstance(p, A), p.__class__.__name__)
p.y = 5
print(a.y)
del p.y
print(hasattr(a, 'y'))
try:
    hash(p)
except TypeError as e:
    print(e)
print(weakref.proxy(a) is p, weakref.getweakrefcount(a), repr(p).startswith('<weakproxy at 0x'), ' to A at ' in repr(p))
cb = []
p2 = weakref.proxy(a, lambda r: cb.append(type(r).__name__))
print(p2 is p)
del a, q
gc.collect()
print(cb)
for f in (str, len, bool, lambda o: o.x, lambda o: o + 1):
    try:
        print(f(p))
    except ReferenceError as e:
        print("ReferenceError", e)
print(repr(p).endswith(' to NoneType at ' + hex(id(None)) + '>'))
class B: pass
b = B()
pb = weakref.proxy(b)
print(type(pb).__name__, weakref.ProxyType, weakref.CallableProxyType, weakref.ProxyTypes)
try:
    pb()
except TypeError as e:
    print(e)
try:
    next(pb)
except TypeError as e:
    print(e)
try:
    weakref.proxy(1)
except TypeError as e:
    print(e)
s = {1, 2}
ps = weakref.proxy(s)
print(ps | {3}, ps & {1}, len(ps), sorted(ps))
