class A:
    __x = 1
    y = __x

    def m(self):
        return super().m() + self.__x

    def n(self):
        return __class__

    class __Inner:
        def f(self, __p, *__args, **__kw):
            __q = __p
            import __mod.sub
            from pkg import __name
            global __g
            return lambda __l=__q: __l + __g

    def uses_class_var(self):
        return y

    def shadows(self):
        __class__ = 1
        return __class__


class _:
    __kept = 1


class __:
    def f(self):
        __kept = 2
        return __kept


def outer():
    x = 1

    class C:
        x = 2

        def m(self):
            return x

        def k(self):
            nonlocal x
            x = 3

    return C


def f():
    class C:
        def g(self):
            super
    return C
