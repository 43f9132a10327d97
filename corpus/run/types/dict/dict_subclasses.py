# dict subclasses: __missing__, overridden __setitem__ (bypassed by update), __repr__.
class Default(dict):
    def __missing__(self, key):
        self[key] = value = len(self)
        return value


d = Default()
print(d["a"], d["b"], d["a"], d, d.get("c"), "c" in d)


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper()
u["a"] = 1
u.update(b=2)
u.setdefault("c", 3)
print(u, dict(u), Upper(x=1))


class Repr(dict):
    def __repr__(self):
        return "Repr(" + super().__repr__() + ")"


r = Repr(k=1)
print(r, [r], str(r), {**r}, type(r | {}).__name__, type(r.copy()).__name__)


class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        for x in iterable:
            self[x] = self.get(x, 0) + 1


print(Counter("hello"), isinstance(Counter(), dict))
rec = {}
rec["self"] = rec
print(rec)
