# decorated classes, nested classes and methods
@dataclass
class Point:
    x: int
    y: int = 0

@dataclasses.dataclass(frozen=True, slots=True)
class Frozen:
    value: str

@register
@decorate(with_args=True)
class Outer:
    class Inner:
        class Innermost:
            level = 3
        level = 2
    level = 1

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @classmethod
    def create(cls, *args):
        return cls(*args)

    @staticmethod
    def helper():
        class Local(Outer.Inner):
            pass
        return Local
