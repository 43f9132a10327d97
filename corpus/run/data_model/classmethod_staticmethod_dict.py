# classmethod and staticmethod objects have an instance dict, filled from the callable's
# __module__, __name__, __qualname__, __doc__ and __annotations__; __wrapped__ is not in it.
def f(x: int): 'doc'
f.x = 1
for w in (staticmethod, classmethod):
    sm = w(f)
    print(sm.__dict__, sm.__dict__ is f.__dict__, sm.__name__, sm.__doc__, sm.__wrapped__ is f, sm.__module__, sm.__qualname__)
    sm.y = 2
    print(sm.y, hasattr(f, 'y'), sorted(vars(sm)))
print(staticmethod(None).__dict__, classmethod(abs).__name__)
class S(staticmethod):
    pass
s = S(f)
print(s.__dict__, s.__name__)
class C:
    @staticmethod
    def g():
        "g doc"
    @classmethod
    def h(cls):
        return cls.__name__
print(C.g.__doc__, C.h(), C.__dict__['g'].__name__, C.__dict__['h'].__qualname__)
