# classmethod and staticmethod binding, alternative constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

    @classmethod
    def parse(cls, s):
        print("  parse called on", cls.__name__)
        return cls(*map(int, s.split("-")))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


class MyDate(Date):
    pass


print(Date.parse("2020-02-29"))
print(MyDate.parse("1999-12-31"))
print(MyDate(1, 2, 3).parse("2000-01-01"))
print(Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024))
cm = Date.__dict__["parse"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(sm(1600))
bound = Date.parse
print(bound.__self__ is Date)
print(callable(cm), callable(sm))


class Registry:
    items = []

    @classmethod
    def add(cls, x):
        cls.items = cls.items + [x]
        return cls


class R2(Registry):
    pass


Registry.add(1)
R2.add(2).add(3)
print(Registry.items, R2.items)
