# C3 linearisation of class hierarchies, and the error for inconsistent orders.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


def names(cls):
    return " ".join(k.__name__ for k in cls.__mro__)


for cls in (K1, K2, K3, Z):
    print(cls.__name__, ":", names(cls))
print(Z.mro() == list(Z.__mro__))
print(bool.__mro__)
try:
    class Bad(A, K1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(Z, O), issubclass(O, Z), isinstance(Z(), K3))
print([c.__name__ for c in O.__subclasses__()])


class Meta(type):
    def mro(cls):
        default = super().mro()
        print("  custom mro for", cls.__name__)
        return [cls] + [k for k in default[1:] if k.__name__ != "O"]


class Custom(A, metaclass=Meta):
    pass


print(names(Custom))
