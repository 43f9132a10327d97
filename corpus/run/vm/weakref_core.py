import gc
import weakref
class Thing:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Thing({self.n})"
t = Thing(1)
r = weakref.ref(t)
print(r() is t, r(), type(r).__name__, r.__callback__)
del t
print(r(), r.__class__)
def cb(ref):
    print("  callback, ref() is", ref())
t2 = Thing(2)
r2 = weakref.ref(t2, cb)
print("dropping t2")
t2 = None
print("dropped")
for bad in [5, [1], "s", (1,), {}]:
    try: weakref.ref(bad)
    except TypeError as e: print("TypeError:", e)
c1 = Thing("c1"); c2 = Thing("c2")
c1.peer, c2.peer = c2, c1
w = weakref.ref(c1, lambda ref: print("  cycle member died"))
del c1, c2
print("cycle unreachable:", w() is not None)
gc.collect()
print("after gc:", w())
class Slotted:
    __slots__ = ("v",)
try: weakref.ref(Slotted())
except TypeError as e: print("TypeError:", e)
class SlottedW:
    __slots__ = ("v", "__weakref__")
print(weakref.ref(SlottedW())())
t4 = Thing(4)
a, b = weakref.ref(t4), weakref.ref(t4)
print(a is b, a == b, weakref.getweakrefcount(t4), hash(a) == hash(t4) if False else True)
c = weakref.ref(t4, cb); d = weakref.ref(t4, cb)
print(c is d, c == d, weakref.getweakrefcount(t4), len(weakref.getweakrefs(t4)))
class D:
    def __del__(self): print("  __del__ sees", wd() is not None)
x = D()
wd = weakref.ref(x, lambda r: print("  D callback", r()))
del x
print("after D")
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(int)() is int, weakref.ref({1})(), )
class WithHash:
    def __hash__(self): return 42
h = WithHash(); rh = weakref.ref(h); print(hash(rh)); del h; print(hash(rh))
dead = weakref.ref(Thing(9))
try: hash(dead)
except TypeError as e: print(e)
print(dead == dead, dead != weakref.ref(t4))
