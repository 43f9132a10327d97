# Order of class-creation hooks: __prepare__, body, __set_name__, __init_subclass__, metaclass __init__, decorators.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"1 __prepare__ {name}")
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        print(f"3 Meta.__new__ {name} (before type.__new__)")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print(f"6 Meta.__new__ {name} (after type.__new__)")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print(f"7 Meta.__init__ {name}")
        super().__init__(name, bases, ns)


class Desc:
    def __set_name__(self, owner, name):
        print(f"4 __set_name__ {owner.__name__}.{name}")


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print(f"5 __init_subclass__ {cls.__name__} {kw}")


def deco(cls):
    print(f"8 decorator {cls.__name__}")
    return cls


@deco
class Child(Base, flag=True):
    print("2 class body")
    d = Desc()
