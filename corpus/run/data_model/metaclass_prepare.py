# __prepare__ supplies the namespace in which the class body executes.
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        if key in self and not key.startswith("__"):
            print(f"  redefinition of {key}")
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"  __prepare__({name}, kw={kw})")
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls


class Form(metaclass=Meta, strict=True):
    name = "n"
    age = 3

    def validate(self):
        pass

    name = "again"


print(Form.field_order)
print(Form.name)


class AutoNumber(dict):
    def __init__(self):
        super().__init__()
        self.n = 0

    def __missing__(self, key):
        if key.startswith("__"):
            raise KeyError(key)
        self.n += 1
        self[key] = self.n
        return self.n


class NumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNumber()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Colors(metaclass=NumMeta):
    RED
    GREEN
    BLUE


print(Colors.RED, Colors.GREEN, Colors.BLUE)


class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class X(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)
