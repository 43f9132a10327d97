# An unbound super object of a super subclass, found on a class through an instance, is bound
# by calling the subclass (super_descr_get), so it keeps its class.
class A:
    def meth(self, a):
        return "A(%r)" % a
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class E(A):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)
class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)
F._F__super = mysuper(F)
print(F().meth(6))
print(type(mysuper(F).__get__(F(), F)).__name__, type(super(F).__get__(F(), F)).__name__)
