# del of every target kind, pass, global and nonlocal declarations.
g1 = 1
g2 = 2


def f():
    global g1, g2
    g1 = "changed"
    del g2
    x = 1
    y = [1, 2, 3]
    z = {"a": 1}

    class O:
        pass

    o = O()
    o.attr = 1
    del x
    del y[0], z["a"]
    del y[:1]
    del o.attr
    pass
    return y, z, hasattr(o, "attr")


print(f(), g1, "g2" in globals())


def outer():
    v = 0

    def inner():
        nonlocal v
        v += 1
        del_me = 1
        del del_me
        return v

    inner()
    return inner()


print(outer())
