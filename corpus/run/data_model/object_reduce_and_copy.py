# object.__reduce_ex__/__reduce__/__getstate__ as copy uses them: __newobj__, slots state, list and dict items, __getnewargs__(_ex__).
import copy, copyreg
class A: pass
a=A(); a.x=1
print(a.__getstate__() is a.__dict__, A().__getstate__())
class S:
    __slots__=('p','q')
s=S(); s.p=1
r = s.__reduce_ex__(2)
print(s.__getstate__(), r[0].__name__, r[1:])
r = object().__reduce_ex__(2); print(r[0].__name__, r[1:])
r = object().__reduce__(); print(r[0].__name__, r[1:])
r = a.__reduce_ex__(0); print(r[0].__name__, r[1:])
class L(list): pass
l=L([1]); l.y=2
r=l.__reduce_ex__(2); print(r[0].__name__, r[1:3], list(r[3]), r[4])
class D(dict): pass
r=D(a=1).__reduce_ex__(2); print(r[0].__name__, r[1:3], r[3], list(r[4]))
for bad in ["(1).__reduce_ex__()", "object().__reduce_ex__('x')"]:
    try: eval(bad)
    except TypeError as e: print(e)
class P:
    def __init__(self): self.v=[1, {'k': (2, 3)}]
p=copy.deepcopy(P()); print(p.v, copy.copy(p).v is p.v)
class N:
    def __init__(self, a): self.a = a
    def __getnewargs__(self): return (self.a,)
print(copy.deepcopy(N(4)).a)
class K:
    def __getnewargs_ex__(self): return ((1,), {'z': 2})
    def __new__(cls, *a, **k): o = object.__new__(cls); o.args = (a, k); return o
print(copy.copy(K()).args)
print(copy.deepcopy(s).p, copy.copy(L([5, 6])))
