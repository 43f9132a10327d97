# assignment with several targets in one statement
a = b = 1
a = b = c = d = []
a.x = b[0] = c = None
a, b = c, d = 1, 2
x = y = z = f()
first = [second] = (third,) = [0]
def g():
    a = b = yield
    c = d = yield from g()
