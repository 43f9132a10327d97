# Decorator factories, class-based decorators, decorators on classes and stacking order of effects.
import functools


def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco


@repeat(3)
def roll(side):
    return side


print(roll("six"), roll.__name__)


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)


@CountCalls
def add(a, b):
    return a + b


add(1, 2)
add(3, 4)
print(add.count, add.__name__, add(5, 6))


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, v):
        self.v = v


print(Config(1).v, Config(2).v, Config(3) is Config(4))
order = []


def mark(name):
    order.append(f"evaluate {name}")

    def deco(f):
        order.append(f"apply {name}")
        return f
    return deco


@mark("first")
@mark("second")
@mark("third")
def target():
    pass


print(order)
