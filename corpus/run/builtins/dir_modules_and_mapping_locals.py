# dir() of a module reads its __dict__ attribute (a non-dict is a TypeError) or calls a
# module-level __dir__; dir() of mapping locals asks the mapping's keys().
import types
class Foo(types.ModuleType):
    __dict__ = 8
try:
    dir(Foo("foo"))
except TypeError as e:
    print(e)
m = types.ModuleType("m")
m.__dir__ = lambda: ["b", "a"]
m.x = 1
print(dir(m))
class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError
    def keys(self):
        return iter('zyx')
print(eval('dir()', {}, M()), eval('a', {}, M()))
