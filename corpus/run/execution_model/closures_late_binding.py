# Closures capture variables, not values: the classic late-binding behaviour.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 100
    return fs


print([f() for f in make()])


def make_adders():
    return [(lambda n: (lambda x: x + n))(n) for n in (1, 10, 100)]


print([a(1) for a in make_adders()])


def shared_cell():
    v = 0

    def get():
        return v

    def set_(nv):
        nonlocal v
        v = nv

    return get, set_


g, s = shared_cell()
s(7)
print(g())
print(g.__closure__[0].cell_contents, len(g.__closure__), g.__code__.co_freevars)
print(shared_cell.__code__.co_cellvars)


def closure_over_param(p):
    def show():
        return p
    p = p * 2
    return show


print(closure_over_param(21)())


def empty_cell():
    def f():
        return later
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    later = "bound"
    return f()


print(empty_cell())
