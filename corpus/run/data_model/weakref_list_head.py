# obj.__weakref__ is the head of the object's weak-reference list: the basic reference
# (no callback) first, then the basic proxy, then the others; None without any.
import weakref


class A:
    pass


a = A()
r = weakref.ref(a)
print(a.__weakref__ is r)


class B:
    __slots__ = ("x", "__weakref__")


b = B()
with_callback = weakref.ref(b, lambda x: None)
print(b.__weakref__ is with_callback)
basic = weakref.ref(b)
print(b.__weakref__ is basic, weakref.getweakrefcount(b))
c = A()
print(c.__weakref__)
p = weakref.proxy(c)
print(type(c.__weakref__).__name__)
r4 = weakref.ref(c)
print(c.__weakref__ is r4)
del r, basic, with_callback, p, r4
print(a.__weakref__, b.__weakref__, c.__weakref__)
