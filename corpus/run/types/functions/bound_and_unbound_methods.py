# Methods accessed through instances, classes and super: binding rules and equality.
class A:
    def m(self, x):
        return (type(self).__name__, x)

    @classmethod
    def c(cls):
        return cls.__name__

    @staticmethod
    def s(x):
        return x * 2


class B(A):
    def m(self, x):
        return ("B", super().m(x))


a, b = A(), B()
print(a.m(1), A.m(a, 2), b.m(3), A.m(b, 4), B.c(), b.c(), A.s(5), b.s(6))
bm = a.m
print(bm.__self__ is a, bm.__func__ is A.m, bm == a.m, bm is a.m, bm == A().m)
print(type(A.m).__name__, type(a.m).__name__, type(A.c).__name__, type(A.s).__name__)
f = A.__dict__["m"].__get__(b, B)
print(f(7), f.__self__ is b)
um = A.m
print(um(b, 8), list(map(a.m, [1, 2])), [type(o).__name__ for o in sorted([b, a], key=lambda o: type(o).__name__)])
m2 = b.m
del b
print(m2(9), m2.__self__.__class__.__name__)
