# __new__ creates, __init__ initialises; __init__ is skipped when __new__ returns another type.
class Tracked:
    def __new__(cls, *args):
        print(f"  __new__({cls.__name__}, {args})")
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, v):
        print(f"  __init__({v})")
        self.v = v


t = Tracked(1)
print(t.created, t.v)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never printed")


print(Other())


class Singleton:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst


print(Singleton() is Singleton())


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())


print(Upper("abc"), type(Upper("x")).__name__, Upper("q") == "Q")


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, len(p))


class InitReturns:
    def __init__(self):
        return 1


try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Tracked()
except TypeError as e:
    print("TypeError:", e)
