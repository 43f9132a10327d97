# Attribute lookup order: data descriptor on type > instance dict > non-data descriptor/class attr > __getattr__.
class Data:
    def __get__(self, o, t):
        return "data-descriptor"

    def __set__(self, o, v):
        print("  Data.__set__", v)


class NonData:
    def __get__(self, o, t):
        return "non-data-descriptor"


class Base:
    attr_b = "class attr from Base"


class C(Base):
    d = Data()
    n = NonData()
    plain = "class attr"

    def __getattr__(self, name):
        return f"__getattr__({name})"


c = C()
c.__dict__.update(d="inst d", n="inst n", plain="inst plain")
print(c.d)
print(c.n)
print(c.plain)
print(c.attr_b)
print(c.missing)
c.d = 5
print(c.__dict__["d"])
print(C.d, C.n, C.plain)
print(getattr(C, "missing", "no __getattr__ for class lookups"))


class Meta(type):
    m = Data()

    def __getattr__(cls, name):
        return f"Meta.__getattr__({name})"


class WithMeta(metaclass=Meta):
    m = "class-level m"


print(WithMeta.m)
print(WithMeta.other)
WithMeta.m = 1
print(WithMeta.__dict__["m"])
