# Decorators: stacking order, decorators with arguments, class decorators, arbitrary expressions.
def trace(label):
    def deco(fn):
        print(f"  applying {label} to {fn.__name__}")

        def wrapper(*a, **k):
            print(f"  {label} before")
            r = fn(*a, **k)
            print(f"  {label} after")
            return r
        wrapper.__name__ = fn.__name__
        return wrapper
    print(f"  creating decorator {label}")
    return deco


@trace("outer")
@trace("inner")
def work(x):
    print("  working", x)
    return x * 2


print(work(21))


def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper


@count_calls
def hello():
    return "hello"


hello()
hello()
print(hello.calls)
registry = {}


@registry.setdefault("handlers", []).append
def handler():
    pass


print(len(registry["handlers"]), handler)
decorators = [lambda f: f, lambda f: (lambda: "replaced " + f())]


@decorators[1]
def original():
    return "original"


print(original())


@(lambda cls: type(cls.__name__ + "X", (cls,), {}))
class K:
    pass


print(K.__name__, K.__bases__[0].__name__)


def memo(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
