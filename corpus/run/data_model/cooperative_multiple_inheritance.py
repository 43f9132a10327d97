# super() follows the MRO of the instance's class, so each __init__ runs once.
class Root:
    def __init__(self, **kw):
        print("  Root.__init__ leftover", kw)
        super().__init__()


class Named(Root):
    def __init__(self, name, **kw):
        print("  Named.__init__", name)
        self.name = name
        super().__init__(**kw)


class Aged(Root):
    def __init__(self, age, **kw):
        print("  Aged.__init__", age)
        self.age = age
        super().__init__(**kw)


class Person(Named, Aged):
    def __init__(self, **kw):
        print("  Person.__init__")
        super().__init__(**kw)


p = Person(name="Bo", age=4)
print(p.name, p.age)
print([c.__name__ for c in Person.__mro__])


class X:
    def who(self):
        return ["X"]


class Y(X):
    def who(self):
        return ["Y"] + super().who()


class Z(X):
    def who(self):
        return ["Z"] + super().who()


class W(Y, Z):
    def who(self):
        return ["W"] + super().who()


print(W().who())
print(Y().who())
