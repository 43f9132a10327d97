# super() with no arguments, with explicit arguments, and in class methods.
class A:
    def hello(self):
        return "A.hello"

    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"

    def __repr__(self):
        return "A-repr"


class B(A):
    def hello(self):
        return "B>" + super().hello()

    @classmethod
    def make(cls):
        return "B>" + super().make()

    def __repr__(self):
        return "B>" + super().__repr__()


class C(B):
    def hello(self):
        return "C>" + super(B, self).hello()

    def explicit(self):
        return super(C, self).hello()


c = C()
print(c.hello())
print(c.explicit())
print(B.make(), C.make())
print(repr(c))
print(super(C, c).hello())
print(super(B, C).make())
s = super(C, c)
print(type(s).__name__)


def outside(self):
    return super(B, self).hello()


print(outside(c))
try:
    super(int, "s")
except TypeError as e:
    print("TypeError:", e)


class D(A):
    def f(self):
        return __class__.__name__, super().hello()


print(D().f())


class E:
    def f(self):
        def inner():
            return super().hello()
        return inner()


try:
    E().f()
except RuntimeError as e:
    print("RuntimeError:", e)


class F(A):
    def g(self):
        return [super().hello() for _ in range(2)]

    def h():
        return super()


try:
    print(F().g())
except TypeError as e:
    print("TypeError (comprehension is its own scope):", e)
try:
    F.h()
except RuntimeError as e:
    print("RuntimeError:", e)
