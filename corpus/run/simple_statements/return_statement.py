# return with no value, a value, a tuple, from nested control flow and generators.
def none_implicit():
    pass


def none_explicit():
    return


def value():
    return 42


def tuple_value():
    return 1, "two", [3]


def early(n):
    for i in range(10):
        if i == n:
            return f"found {i}"
    return "not found"


def from_while():
    while True:
        return "escaped"


def from_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            print("  exit before return completes")

    with CM():
        return "from with"


def gen():
    yield 1
    return "gen result"


print(none_implicit(), none_explicit(), value(), tuple_value())
print(early(3), early(20), from_while(), from_with())
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration.value =", e.value)


def returns_function():
    def inner():
        return "inner"
    return inner


print(returns_function()())


def return_starred():
    rest = [2, 3]
    return 1, *rest


print(return_starred())
