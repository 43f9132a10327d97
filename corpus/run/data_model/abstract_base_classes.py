# abc.ABC with abstractmethod: instantiation errors and virtual subclasses.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


print(Square(3).describe())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented


print(issubclass(list, Sized), issubclass(int, Sized), isinstance("s", Sized))
Sized.register(int)
print(issubclass(int, Sized), isinstance(5, Sized))
