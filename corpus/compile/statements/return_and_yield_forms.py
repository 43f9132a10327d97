# return and yield in all their forms, including yield as an expression and yield from.
def r0():
    return


def r1():
    return 1


def r2():
    return 1, 2


def r3(*a):
    return *a, "end"


def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield x
    z = yield from range(2)
    w = (yield) + 1 if False else 0
    return y, z, w


gen = g()
out = [next(gen), next(gen), next(gen), next(gen), gen.send("sx"), gen.send("sy"), next(gen)]
try:
    next(gen)
except StopIteration as e:
    out.append(e.value)
print(r0(), r1(), r2(), r3(4, 5), out)
