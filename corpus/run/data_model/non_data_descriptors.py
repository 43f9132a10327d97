# A non-data descriptor (only __get__) is shadowed by the instance dict.
class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return 314 * self.r * self.r // 100


c = Circle(10)
print(c.area)
print(c.area)
print("area" in c.__dict__)
del c.__dict__["area"]
print(c.area)


def plain(self, x):
    return ("plain", x)


class K:
    f = plain


k = K()
print(k.f(1))
k.f = lambda x: ("instance attr", x)
print(k.f(2))
print(K.f(k, 3))
bound = plain.__get__(k, K)
print(bound(4))
print(bound.__self__ is k, bound.__func__ is plain)
print(type(bound).__name__)


class Counter:
    count = 0

    def __get__(self, obj, owner):
        Counter.count += 1
        return Counter.count


class Host:
    c = Counter()


h = Host()
print(h.c, h.c, Host.c)
