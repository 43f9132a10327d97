# global and nonlocal declarations
counter = 0
def bump():
    global counter
    counter += 1
def several():
    global a, b, c
    a = b = c = 1
def outer():
    x = y = 0
    def inner():
        nonlocal x
        nonlocal y, x
        x += 1
        def innermost():
            nonlocal x, y
            global counter
            return x + y + counter
        return innermost
    return inner
class K:
    global g
    g = 1
