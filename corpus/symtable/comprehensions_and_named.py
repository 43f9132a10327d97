xs = [x for x in range(3)]
ys = {y: z for y in xs for z in (y, y) if z}
gs = (a for a in xs)
nested = [[b for b in range(a)] for a in xs]
walrus = [last := v for v in xs]
print(last)


def f(data):
    total = [t := t + d if False else d for d in data]
    found = any((hit := d) > 1 for d in data)
    return t, hit, total, found


def g():
    global gl
    [gl := 1 for _ in ()]


def h():
    return [lambda: i for i in range(3)]


async def coro(items):
    a = [x async for x in items]
    b = [await x for x in items]
    c = (x async for x in items)
    d = {k: v for k, v in await items}
    return a, b, c, d


def gen():
    yield 1
    x = yield from gen()
    return x


async def agen():
    yield 1
    await agen()


def defaults(a=[i for i in range(2)], *, b=lambda q: q, **kw):
    return a, b, kw


lam = lambda *args, **kw: (args, kw, (lambda: args)())
