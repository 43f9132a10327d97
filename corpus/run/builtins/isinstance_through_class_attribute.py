# isinstance() consults `obj.__class__` when type(obj) is not a subclass (object_isinstance):
# a property or __getattribute__ that answers __class__, a weakref proxy, a Mock with a spec;
# plain instances and built-in values skip that lookup and still answer as CPython does.
import unittest.mock as mock
import weakref


class C:
    pass


class Pretends:
    @property
    def __class__(self):
        return C


class Hooked:
    def __getattribute__(self, name):
        if name == "__class__":
            return int
        return object.__getattribute__(self, name)


class Broken:
    @property
    def __class__(self):
        raise AttributeError("no class here")


c = C()
print(isinstance(weakref.proxy(c), C), isinstance(weakref.proxy(c), weakref.ProxyType))
print(isinstance(Pretends(), C), isinstance(Pretends(), (int, C)), isinstance(Pretends(), Pretends))
print(isinstance(Hooked(), int), isinstance(Hooked(), (str, int)), isinstance(Hooked(), float))
print(isinstance(Broken(), C), isinstance(Broken(), Broken))
spec = mock.Mock(spec=C)
print(isinstance(spec, C), isinstance(spec, int), isinstance(spec, mock.Mock))
print(isinstance(3, (float, str)), isinstance(3.0, (float, str)), isinstance("s", (bytes, int)))
print(isinstance(True, int), isinstance(c, (int, float)), isinstance(None, type(None)))
