# __setattr__ and __delattr__ intercept every assignment and deletion.
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")

    def __repr__(self):
        return "Frozen(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"


f = Frozen(a=1, b="two")
print(f)
for action in ("set", "del"):
    try:
        if action == "set":
            f.a = 5
        else:
            del f.b
    except AttributeError as e:
        print("AttributeError:", e)


class Tracker:
    def __init__(self):
        self.history = []

    def __setattr__(self, name, value):
        if name != "history":
            self.history.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.history.append(("del", name))
        super().__delattr__(name)


t = Tracker()
t.x = 1
t.x += 1
setattr(t, "y", [])
del t.x
delattr(t, "y")
print(t.history)
print(t.__dict__.keys())
try:
    del t.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
