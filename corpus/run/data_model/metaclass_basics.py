# A metaclass controls class creation (__new__, __init__) and instance creation (__call__).
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"  Meta.__new__({name}, bases={[b.__name__ for b in bases]}, kw={kw})")
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print(f"  Meta.__init__({name})")
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print(f"  Meta.__call__({cls.__name__}, {args})")
        inst = super().__call__(*args, **kwargs)
        inst.via_meta = True
        return inst

    def describe(cls):
        return f"<class {cls.__name__} made by {cls.created_by}>"


class Base(metaclass=Meta, flag=1):
    def __init__(self, v):
        print("  Base.__init__", v)
        self.v = v


class Child(Base):
    pass


b = Child(3)
print(b.v, b.via_meta, Child.created_by)
print(Child.describe())
print(type(Child) is Meta, isinstance(Child, type), type(Meta) is type)
try:
    b.describe()
except AttributeError as e:
    print("AttributeError:", e)
Dyn = Meta("Dyn", (), {"x": 1})
print(Dyn.x, Dyn.created_by, Dyn.__name__)
Plain = type("Plain", (object,), {"y": 2, "f": lambda self: self.y * 10})
print(Plain().f(), Plain.__name__, Plain.__bases__, Plain.__qualname__)


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class M3(M1, M2):
    pass


class AB(A, B, metaclass=M3):
    pass


print(type(AB).__name__)
