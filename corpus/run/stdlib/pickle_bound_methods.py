# Bound methods, method and slot descriptors and bound slot wrappers pickle and deep-copy
# as getattr(owner, name) (meth_reduce, descr_reduce, wrapper_reduce).
import copy
import pickle


class A:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    @classmethod
    def make(cls): return cls(5)


a = A(3)
for obj in [a.get, A.make, [].append, str.upper, dict.fromkeys, int.__add__, (1).__add__, object.__init__, list.__len__, 'x'.__len__]:
    r = obj.__reduce__()
    print(type(obj).__name__, r[0].__name__, [type(x).__name__ if not isinstance(x,(str,)) else x for x in r[1]])
    p = pickle.loads(pickle.dumps(obj))
    print('  roundtrip', type(p).__name__, getattr(p, '__name__', None))
m = copy.deepcopy(a.get)
print(m(), m.__self__ is a)
