# __slots__ names are mangled with the class name and their descriptors made in sorted order;
# a mangled name that the class body also binds conflicts.
class MySet:
    __slots__ = ['__s', 'b', 'a', '__dunder__', '_x']
    def __init__(self):
        self.__s = {1}
        self.a = self.b = 0
s = MySet()
print(s._MySet__s, [k for k in MySet.__dict__ if not k.startswith('__') or k == '__dunder__'], MySet.__slots__)
class __Under:
    __slots__ = ('__p',)
print([k for k in __Under.__dict__ if 'p' in k])
try:
    class Bad:
        __slots__ = ['__q']
        _Bad__q = 1
except ValueError as e:
    print(e)
