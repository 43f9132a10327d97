# class: bases, keywords, docstrings, nested classes, class attributes computed in the body.
class Base:
    "Base doc."
    kind = "base"

    def describe(self):
        return f"{type(self).__name__}:{self.kind}"


class Child(Base):
    kind = "child"


class Empty:
    pass


class WithKw(Base, metaclass=type):
    pass


print(Child().describe(), Base().describe(), WithKw().describe())
print(Base.__doc__, Child.__doc__, Empty.__doc__)
print(Child.__bases__, Empty.__bases__, Child.__mro__)


class Outer:
    class Inner:
        value = 1

    size = Inner.value + 1
    names = [n for n in ("a", "b")]


print(Outer.size, Outer.Inner.value, Outer.names)


def factory(n):
    class Made:
        number = n

        def get(self):
            return self.number
    return Made


A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is B, A.__qualname__)
bases = (Base,)


class Dynamic(*bases):
    pass


print(Dynamic().describe())
kw = {"metaclass": type}


class Dyn2(**kw):
    pass


print(type(Dyn2).__name__)
try:
    class Bad(5):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
