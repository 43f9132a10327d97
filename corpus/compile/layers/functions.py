# Functions, closures, classes and generators: defaults, keyword-only and positional-only
# parameters, *args/**kwargs, nonlocal, zero-argument super() and decorators.
def counter(start=0, *, step=1):
    value = start

    def bump():
        nonlocal value
        value += step
        return value

    return bump


c = counter(10, step=5)
print(c(), c(), c.__code__.co_freevars)


def shape(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, sorted(kwargs)


print(shape(1, d=4))
print(shape(1, 2, 3, 4, 5, d=6, z=7, y=8))


def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, len(args))
        return fn(*args, **kwargs)

    return wrapper


class Base:
    def greet(self):
        return "base"


class Child(Base):
    @trace
    def greet(self):
        return "child of " + super().greet()


print(Child().greet(), Child.greet.__qualname__)


def evens(limit):
    n = 0
    while n < limit:
        if n % 2 == 0:
            yield n
        n += 1


print(list(evens(9)))
lam = lambda x, y=3: x * y
print(lam(2), lam(2, 5), lam.__name__)
