# yield, yield from and await used as expressions in various positions.
def gen():
    a = yield
    b = (yield a) + 1
    c = [(yield b), (yield)]
    d = yield from sub()
    e = f((yield d))
    return a, b, c, d, e


def sub():
    yield "sub"
    return "sub-result"


def f(x):
    return ("f", x)


g = gen()
vals = [next(g), g.send(1), g.send(2), g.send(3), g.send(4), g.send(5)]
try:
    g.send(6)
except StopIteration as s:
    vals.append(s.value)
print(vals)


class Aw:
    def __await__(self):
        return (yield "aw")


async def co():
    x = await Aw()
    y = [await Aw(), await Aw()]
    return x, y, (await Aw()) * 2


c = co()
trace = [c.send(None)]
try:
    for v in (1, 2, 3, 4):
        trace.append(c.send(v))
except StopIteration as s:
    trace.append(s.value)
print(trace)
