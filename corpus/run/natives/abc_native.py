from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
                  _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches)
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls
    def register(cls, subclass):
        return _abc_register(cls, subclass)
    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)
    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)
class Base(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
    @abstractmethod
    def g(self): pass
    def h(self): pass
print(sorted(Base.__abstractmethods__), type(Base._abc_impl).__name__)
class Half(Base):
    def f(self): return 1
print(sorted(Half.__abstractmethods__))
class Full(Half):
    def g(self): return 2
print(sorted(Full.__abstractmethods__), Full().f(), Full().g())
t(lambda: Base())
t(lambda: Half())
tok = get_cache_token()
class Other: pass
print(isinstance(Other(), Base), issubclass(Other, Base))
print(Base.register(Other) is Other, get_cache_token() - tok)
print(isinstance(Other(), Base), issubclass(Other, Base), issubclass(Other, Half), isinstance(Full(), Base))
print(Base.register(Full) is Full, get_cache_token() - tok)
t(lambda: Base.register(1))
t(lambda: Half.register(Base))
t(lambda: issubclass(1, Base))
class Hooked(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'): return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))
class BadHook(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C): return 1
t(lambda: issubclass(int, BadHook))
reg, cache, neg, ver = _get_dump(Base); print(len(reg), ver >= 0)
_reset_caches(Base); _reset_registry(Base); print(issubclass(Other, Base))
class WithFlags(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5
print('__abc_tpflags__' in WithFlags.__dict__)
t(lambda: _abc_instancecheck(int, 1))
class P:
    @property
    @abstractmethod
    def x(self): pass
class Q(P, metaclass=ABCMeta): pass
print(sorted(Q.__abstractmethods__))
