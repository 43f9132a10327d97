# A data descriptor (with __set__) on the class wins over the instance dict.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            print("  __get__ on class")
            return self
        print(f"  __get__ {self.name}")
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        print(f"  __set__ {self.name}={value!r}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print(f"  __delete__ {self.name}")
        del obj.__dict__[self.name]


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.name).__name__)
p.__dict__["age"] = 99
print(p.age)
del p.age
print(sorted(p.__dict__))
try:
    p.age
except KeyError as e:
    print("KeyError:", e)


class GetOnlyData:
    def __get__(self, obj, t):
        return "from descriptor"

    def __set__(self, obj, v):
        raise AttributeError("read-only")


class C:
    x = GetOnlyData()


c = C()
c.__dict__["x"] = "from instance"
print(c.x)
try:
    c.x = 1
except AttributeError as e:
    print("AttributeError:", e)
