# __set_name__ is called for each descriptor-like attribute when the class is created.
class Field:
    def __set_name__(self, owner, name):
        print(f"  {type(self).__name__}.__set_name__({owner.__name__}, {name!r})")
        self.owner = owner.__name__
        self.name = name


class Model:
    a = Field()
    b = Field()
    not_a_field = 3

    def method(self):
        pass


print(Model.a.name, Model.b.owner)
f = Field()


class Late:
    pass


Late.x = f
print(hasattr(f, "name"))
shared = Field()


class Two:
    first = shared
    second = shared


print(shared.name)


class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("boom in set_name")


try:
    class Host:
        attr = Boom()
except ValueError as e:
    print("ValueError:", e, type(e.__cause__).__name__ if e.__cause__ else None)
except RuntimeError as e:
    print("RuntimeError:", e)
