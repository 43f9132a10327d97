# Implicit special-method lookup bypasses instance attributes and __getattribute__.
class C:
    def __len__(self):
        return 1

    def __getattribute__(self, name):
        print(f"  __getattribute__({name!r})")
        return object.__getattribute__(self, name)


c = C()
c.__len__ = lambda: 99
print(len(c))
print(c.__len__())


class D:
    pass


d = D()
d.__repr__ = lambda: "instance repr"
d.__add__ = lambda other: "instance add"
print(repr(d) == object.__repr__(d), d.__repr__())
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
D.__add__ = lambda self, other: "class add"
print(d + 1)


class Meta(type):
    def __len__(cls):
        return 42


class WithMetaLen(metaclass=Meta):
    def __len__(self):
        return 7


print(len(WithMetaLen), len(WithMetaLen()))
