# Assignment statements routed through descriptors, __setitem__ and __slots__.
class Celsius:
    __slots__ = ("_t",)

    def __init__(self):
        self._t = 0

    @property
    def t(self):
        return self._t

    @t.setter
    def t(self, v):
        print("  setter", v)
        self._t = v


c = Celsius()
c.t = 5
c.t += 10
print(c.t)
a = c.t = 99
print(a, c.t)


class Log(dict):
    def __setitem__(self, k, v):
        print(f"  __setitem__({k!r}, {v!r})")
        super().__setitem__(k, v)

    def __delitem__(self, k):
        print(f"  __delitem__({k!r})")
        super().__delitem__(k)


d = Log()
d["a"] = 1
d["a"] += 1
d["b"], d["c"] = "bc"
del d["b"]
print(dict(d))
d.update(z=26)
print(dict(d))
