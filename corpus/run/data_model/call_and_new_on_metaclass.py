# A metaclass __call__ can cache instances or bypass __init__ entirely.
class Cached(type):
    def __init__(cls, *args):
        super().__init__(*args)
        cls._cache = {}

    def __call__(cls, key):
        if key not in cls._cache:
            print(f"  creating {cls.__name__}({key!r})")
            cls._cache[key] = super().__call__(key)
        return cls._cache[key]


class Symbol(metaclass=Cached):
    def __init__(self, name):
        self.name = name


a = Symbol("x")
b = Symbol("x")
c = Symbol("y")
print(a is b, a is c, sorted(Symbol._cache))


class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj


class Raw(metaclass=NoInit):
    def __init__(self, *args):
        print("never runs")


r = Raw(1, 2)
print(r.args, type(r).__name__)
