# class definitions with bases and keywords
class A: pass
class B(): pass
class C(A): pass
class D(A, B): pass
class E(A, metaclass=Meta): pass
class F(metaclass=Meta): pass
class G(*bases): pass
class H(**kw): pass
class I(A, *bases, metaclass=M, **kw): pass
class J(Generic[T], Protocol): pass
class K(mod.Base, other.mod.Mixin, flag=True): pass
class L(namedtuple('L', 'x y')): pass
class M(
    Base,
    metaclass=ABCMeta,
):
    pass
