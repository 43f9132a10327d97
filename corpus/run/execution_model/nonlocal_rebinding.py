# nonlocal rebinds a variable of the nearest enclosing function scope.
def make_counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter()
inc()
inc(5)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"

        inner()
        return x

    m = middle()
    return x, m


print(outer())


def skips_level():
    v = 1

    def a():
        def b():
            nonlocal v
            v += 10
        b()

    a()
    a()
    return v


print(skips_level())


def nonlocal_then_del():
    v = "exists"

    def kill():
        nonlocal v
        del v

    kill()
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(nonlocal_then_del())


def accumulate():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    add("a")
    add("b")
    return items


print(accumulate())
