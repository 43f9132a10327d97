# async for comprehensions and await inside comprehensions, run by a tiny send() driver.
class Tick:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ("tick", self.v)
        return self.v * 10 if got is None else got


class AsyncRange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Tick(self.i)


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def main():
    a = [x async for x in AsyncRange(3)]
    b = {x: x // 10 async for x in AsyncRange(2)}
    c = {x async for x in AsyncRange(2) if x > 10}
    d = [await Tick(i) for i in range(3)]
    e = [y async for x in AsyncRange(2) for y in range(x // 10)]
    g = (x async for x in AsyncRange(2))
    f = [v async for v in g]
    return a, b, c, d, e, f, type(g).__name__


print(run(main()))


async def agen():
    for i in range(3):
        yield await Tick(i)


async def consume():
    return [v async for v in agen()]


print(run(consume()))
