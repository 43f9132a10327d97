# Class statements with keyword arguments, starred bases, docstrings and nested scopes.
class Base:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class A(Base, tag="a"):
    "Docstring A."


bases = (A,)
kwargs = {"tag": "b"}


class B(*bases, **kwargs):
    pass


print(A.tag, B.tag, A.__doc__, B.__doc__, B.__mro__)


class Empty: pass


class WithOnlyDocstring:
    """Only a docstring."""


print(Empty.__doc__, WithOnlyDocstring.__doc__, WithOnlyDocstring.__qualname__)


def make(n):
    class Inner(Base, tag=f"made-{n}"):
        value = n

        def get(self):
            return self.value * 2

    return Inner


I = make(21)
print(I.tag, I().get(), I.__qualname__, I.__module__)


class Outer:
    x = 10

    class Nested:
        y = 20

    z = Nested.y + x


print(Outer.z, Outer.Nested.__qualname__)
