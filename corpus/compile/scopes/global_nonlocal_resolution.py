# Names resolved as global implicit/explicit, local, free and cell in one module.
counter = 0
SHADOW = "global"


def explicit_global():
    global counter
    counter += 1
    return counter


def implicit_global():
    return counter + len(SHADOW)


def local_shadow():
    SHADOW = "local"
    return SHADOW


def nested():
    SHADOW = "enclosing"

    def read():
        return SHADOW

    def declare_global():
        global SHADOW
        return SHADOW

    def rebind():
        nonlocal SHADOW
        SHADOW = "rebound"

    rebind()
    return read(), declare_global()


print(explicit_global(), implicit_global(), local_shadow(), nested())
