# locals() in functions is a snapshot dictionary; at module level it is globals().
def f(a, b=2):
    c = a + b
    snap = locals()
    snap["c"] = "edited"
    return sorted(snap.items(), key=lambda kv: kv[0]), c


print(f(1))
print(locals() is globals())
module_var = 1
print("module_var" in globals(), globals()["module_var"])


def with_closure():
    x = 1

    def inner():
        return x

    return sorted(locals())


print(with_closure())


def inner_locals():
    x = 5

    def g():
        print(sorted(locals().items()))
        return x

    return g()


print(inner_locals())


class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))


print(K.names)
