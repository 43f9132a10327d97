# Class bodies: names skip to globals in methods, __class__ cells, super(), and classes nested in functions.
x = "module"


class A:
    x = "class A"
    y = x

    def method(self):
        return x

    def uses_class_cell(self):
        return __class__.__name__

    def uses_super(self):
        return super().__repr__.__name__

    @classmethod
    def cm(cls):
        return cls.x

    @staticmethod
    def sm():
        return x


class B(A):
    def uses_super(self):
        return "B+" + super().uses_super()


def factory(v):
    class Local:
        value = v

        def get(self):
            return v, __class__.value

    return Local


print(A.y, A().method(), A().uses_class_cell(), B().uses_super(), A.cm(), A.sm(), factory(7)().get())


class WithFreeInBody:
    def f():
        pass

    z = [x for _ in range(1)]


def func_with_class():
    local = "func local"

    class Inner:
        attr = local

        def m(self):
            return local
    return Inner.attr, Inner().m()


print(WithFreeInBody.z, func_with_class())
