g = 0


def a():
    x = 1
    y = 2

    def b():
        nonlocal x
        x = 3
        global g
        g = y

        def c():
            return x + g + y

        return c

    return b


def d():
    global g2
    g2 = 1

    def e():
        return g2

    return e


def cells():
    v = 1
    w = 2

    def inner():
        def innermost():
            return v

        return innermost, w

    return inner


class K:
    global kg
    kg = 1

    def m(self):
        return kg
