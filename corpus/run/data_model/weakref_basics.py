# weakref.ref dies with its referent; callbacks run at that moment.
import gc
import weakref


class Thing:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Thing({self.n})"


t = Thing(1)
r = weakref.ref(t)
print(r() is t, r())
del t
print(r())


def cb(ref):
    print("  callback, ref() is", ref())


t2 = Thing(2)
r2 = weakref.ref(t2, cb)
print("dropping t2")
t2 = None
print("dropped")
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([1])
except TypeError as e:
    print("TypeError:", e)
d = weakref.WeakValueDictionary()
k = Thing(3)
d["k"] = k
print(list(d.keys()))
del k
print(list(d.keys()))
c1 = Thing("c1")
c2 = Thing("c2")
c1.peer, c2.peer = c2, c1
w = weakref.ref(c1, lambda ref: print("  cycle member died"))
del c1, c2
print("cycle unreachable:", w() is not None)
gc.collect()
print("after gc:", w())


class Slotted:
    __slots__ = ("v",)


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
t4 = Thing(4)
print(weakref.ref(t4) == weakref.ref(t4), weakref.getweakrefcount(t4))
