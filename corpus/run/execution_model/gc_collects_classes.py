# A class is a cycle (its MRO holds it, its __dict__ and __weakref__ descriptors point back):
# gc.collect() frees it once nothing else refers to it, and weak references to it die with
# their callbacks called.
import gc
import weakref


class A(object):
    pass


seen = []
a = weakref.ref(A, lambda r: seen.append(r is a))
A = None
gc.collect()
print(a(), seen)


def make():
    class B:
        def method(self):
            return B

    return weakref.ref(B)


r = make()
gc.collect()
print(r())


class Meta(type):
    pass


class C(metaclass=Meta):
    pass


class D(C):
    pass


rc, rd = weakref.ref(C), weakref.ref(D)
print(C.__subclasses__() == [D])
del C, D
gc.collect()
print(rc(), rd(), type.__subclasses__(Meta))
