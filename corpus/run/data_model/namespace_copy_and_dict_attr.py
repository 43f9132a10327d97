# type() copies its namespace as PyDict_Copy does (an OrderedDict gives its own order); dict
# merges read a dict subclass's table only when it keeps dict's __iter__; a class body's own
# __dict__ or __weakref__ is not replaced by the type's descriptor (vars() then uses it).
import collections
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
C = type('C', (), od)
print(list(C.__dict__.items())[:2], dict(od), {**od})
d = {}
d.update(od)
print(d)
class K(dict):
    def keys(self):
        return ['zz']
    def __getitem__(self, k):
        return 'item'
print(dict(K(a=1)), {}.update(K(a=1)))
class I(dict):
    def __iter__(self):
        return iter(['a'])
print(dict(I(a=1, b=2)))
class V:
    def getDict(self):
        return {'a': 2}
    __dict__ = property(fget=getDict)
print(vars(V()), '__dict__' in V.__dict__, type(V.__dict__['__dict__']).__name__)
class W:
    __weakref__ = 5
print(W.__weakref__)
