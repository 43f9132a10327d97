# __getattr__ runs only when normal lookup fails; __getattribute__ runs for every access.
class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
print(p._target)
print(p.count(1))
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        print(f"  __getattribute__({name!r})")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"default for {name}"


lg = Logged()
print(lg.a)
print(lg.b)


class Raising:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


print(Raising().secret)
print(getattr(Raising(), "x"))
print(hasattr(Proxy(1), "real"), hasattr(Proxy(1), "zzz"))


class KeyErr:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    hasattr(KeyErr(), "x")
except KeyError as e:
    print("KeyError propagates from hasattr:", e)
