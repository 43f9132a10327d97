# global at module level is allowed and harmless; nonlocal and global interplay in nested functions.
global top_level
top_level = 1


def f():
    global top_level
    top_level += 1

    def g():
        return top_level
    return g()


print(f(), top_level)


def h():
    x = 1

    def i():
        nonlocal x
        x += 1

        def j():
            global x_global
            x_global = x
        j()
    i()
    return x


print(h(), x_global)
