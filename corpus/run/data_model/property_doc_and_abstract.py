# property.__doc__ can be reassigned and deleted; property.__isabstractmethod__ is true when
# any of fget/fset/fdel is abstract.
import abc

p = property(doc="basic")
print(p.__doc__)
p.__doc__ = "extended"
print(p.__doc__)
del p.__doc__
print(p.__doc__)

class C:
    @property
    def spam(self):
        """the spam"""
        return 1

print(C.spam.__doc__)
C.spam.__doc__ = "Spam"
print(C.spam.__doc__, C().spam)

class A(abc.ABC):
    @property
    @abc.abstractmethod
    def x(self):
        return 1

    @property
    def y(self):
        return 2

    def _set(self, v):
        pass

    z = property(None, abc.abstractmethod(_set))

print(A.x.__isabstractmethod__, A.y.__isabstractmethod__, A.z.__isabstractmethod__)
print(sorted(A.__abstractmethods__), property().__isabstractmethod__)

class Bad:
    def __bool__(self):
        raise ValueError("no truth")

def f(self):
    pass

f.__isabstractmethod__ = Bad()
try:
    property(f).__isabstractmethod__
except ValueError as e:
    print("ValueError:", e)
