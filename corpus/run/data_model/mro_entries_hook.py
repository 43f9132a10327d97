# __mro_entries__ lets a non-class object appear in a class's bases.
class Base1:
    pass


class Base2:
    pass


class Placeholder:
    def __init__(self, *real):
        self.real = real

    def __mro_entries__(self, bases):
        print(f"  __mro_entries__ with {len(bases)} original bases")
        return self.real


class C(Placeholder(Base1, Base2)):
    pass


print([b.__name__ for b in C.__bases__])
print([k.__name__ for k in C.__mro__])
print(type(C.__orig_bases__[0]).__name__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class D(Empty(), Base1):
    pass


print([b.__name__ for b in D.__bases__])


class E(list[int]):
    pass


print(E.__bases__, E.__orig_bases__)
print(E([1, 2]))


class BadEntries:
    def __mro_entries__(self, bases):
        return 5


try:
    class F(BadEntries()):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(3):
        pass
except TypeError as e:
    print("TypeError:", e)
