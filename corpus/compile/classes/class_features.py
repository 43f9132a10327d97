# Class bodies with methods of every kind, properties, nested classes, metaclass keywords and decorators.
def deco(cls):
    cls.decorated = True
    return cls


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["meta_kw"] = kw
        return super().__new__(mcls, name, bases, ns)


@deco
class Base(metaclass=Meta, option=1):
    """Base class."""
    counter = 0

    def __init__(self, v):
        self.v = v
        Base.counter += 1

    def method(self):
        return self.v

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm(x):
        return x + 1

    @property
    def prop(self):
        return self.v * 2

    @prop.setter
    def prop(self, value):
        self.v = value // 2

    class Nested:
        inner = "nested"


class Child(Base):
    def method(self):
        return super().method() * 10

    def uses_class(self):
        return __class__, super()


c = Child(3)
c.prop = 10
print(c.method(), Child.cm(), Child.sm(1), c.prop, Base.Nested.inner, Base.decorated, Base.meta_kw, Child.meta_kw)
print(c.uses_class()[0].__name__, Base.counter, Base.__doc__, Child.__qualname__, Base.Nested.__qualname__)
