# Class attributes are shared until shadowed by instance attributes.
class Counter:
    total = 0
    shared = []

    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.shared.append(name)


a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.shared is Counter.shared, Counter.shared)
a.total = 100
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
Counter.total = 7
print(a.total, b.total)
print(sorted(vars(a)), "total" in vars(Counter))
print(Counter.__name__, Counter.__qualname__, Counter.__module__, Counter.__doc__)


class Doc:
    "A documented class."

    def m(self):
        "method doc"


print(Doc.__doc__, Doc.m.__doc__, Doc().m.__doc__)


class Outer:
    class Inner:
        class Deep:
            pass

    def method(self):
        class Local:
            pass
        return Local


print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer().method().__qualname__)
print(Outer.method.__qualname__, Outer.method.__name__)
Outer.added = lambda self: "added later"
print(Outer().added())
setattr(Outer, "dyn", 5)
print(Outer.dyn, getattr(Outer(), "dyn"))
delattr(Outer, "dyn")
print(hasattr(Outer, "dyn"))
print(type(Outer.__dict__).__name__)
try:
    Outer.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(Outer.__bases__, object.__bases__, type.__bases__)
