# __delattr__, __delitem__ and descriptor __delete__ are called by the del statement.
class Logger:
    def __init__(self):
        object.__setattr__(self, "store", {"a": 1, "b": 2})

    def __getattr__(self, name):
        try:
            return self.store[name]
        except KeyError:
            raise AttributeError(name) from None

    def __delattr__(self, name):
        print(f"  __delattr__({name!r})")
        del self.store[name]

    def __delitem__(self, key):
        print(f"  __delitem__({key!r})")
        del self.store[key]


lg = Logger()
print(lg.a, lg.b)
del lg.a
del lg["b"]
print(lg.store)
try:
    del lg.zzz
except KeyError as e:
    print("KeyError:", e)
try:
    lg.a
except AttributeError as e:
    print("AttributeError:", e)


class Guard:
    def __get__(self, obj, objtype=None):
        return "guarded"

    def __delete__(self, obj):
        print("  Guard.__delete__")


class Host:
    g = Guard()


h = Host()
del h.g
print(h.g)
del Host.g
print(hasattr(Host, "g"))
