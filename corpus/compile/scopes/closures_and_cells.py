# Cell and free variables at several depths, parameters that become cells, and shared cells.
def outer(a, b):
    c = a + b

    def middle(d):
        e = d * 2

        def inner():
            return a, c, e

        def rebinder():
            nonlocal e
            e += 1
            return e

        return inner, rebinder

    return middle


inner, rebinder = outer(1, 2)(3)
print(inner(), rebinder(), inner())


def param_cell(x):
    def get():
        return x
    x = x * 10
    return get


print(param_cell(4)())


def cell_and_loop():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(cell_and_loop())


def star_args_cell(*args, **kwargs):
    return lambda: (args, kwargs)


print(star_args_cell(1, k=2)())
