# globals() is the module namespace; locals() in a function is a fresh snapshot.
g = globals()
g["made_via_globals"] = 42
print(made_via_globals, g is globals(), "g" in g)


def f(x):
    y = x * 2
    snapshot = locals()
    y = 100
    return snapshot, locals()["y"]


print(f(3))


def modifies():
    z = 1
    locals()["z"] = 99
    return z


print(modifies())


def nested():
    outer_var = "o"

    def inner():
        return sorted(locals())

    def inner_uses():
        return outer_var, sorted(locals())

    return inner(), inner_uses()


print(nested())


class C:
    a = 1
    print("class locals:", sorted(k for k in locals() if not k.startswith("__")))
    print("class sees globals:", "made_via_globals" in globals())


print(sorted(k for k in globals() if not k.startswith("__")))
