# weakref.ref subclasses may take keywords in __init__ (ref.__new__ reads positional arguments
# only); getweakrefs lists the basic reference, then the basic proxy, then the others newest
# first, as CPython's list keeps them.
import weakref
class Object:
    def __init__(self, arg): self.arg = arg
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)
o = Object(1)
mr = MyRef(o, value=24)
print(mr() is o, mr.value)
class R2(weakref.ref):
    pass
r1 = R2(o)
r2 = weakref.ref(o)
p = weakref.proxy(o)
r3 = R2(o)
refs = weakref.getweakrefs(o)
print(refs[0] is r2, refs[1] is p, refs[2] is r3, refs[3] is r1, refs[4] is mr, weakref.getweakrefcount(o))
for args in [(), (o, None, 1)]:
    try:
        r2.__init__(*args)
    except TypeError as e:
        print(e)
try:
    weakref.ref(o, foo=1)
except TypeError as e:
    print(e)
try:
    weakref.ref()
except TypeError as e:
    print(e)
cb = lambda r: None
o2 = Object(2)
r4 = weakref.ref(o2, cb)
print(r4.__callback__ is cb)
del o2
print(r4.__callback__, r4())
