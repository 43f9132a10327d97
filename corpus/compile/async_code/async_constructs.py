# async def, await, async for, async with, async generators and async comprehensions together.
class Sleep:
    def __await__(self):
        yield "sleep"


class Res:
    async def __aenter__(self):
        await Sleep()
        return self

    async def __aexit__(self, et, ev, tb):
        await Sleep()
        return et is KeyError


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep()
        return self.n


async def agen():
    async for v in Counter(3):
        yield v * 10
    async with Res():
        yield "inside async with"


async def main():
    out = []
    async with Res() as r, Res():
        out.append(type(r).__name__)
    async with Res():
        raise KeyError("suppressed")
    async for v in Counter(2):
        out.append(v)
    else:
        out.append("async for else")
    out.append([v async for v in agen()])
    try:
        async for v in Counter(1):
            raise ValueError("from async for body")
    except ValueError as e:
        out.append(str(e))
    return out


c = main()
steps = 0
try:
    while True:
        c.send(None)
        steps += 1
except StopIteration as s:
    print(s.value, steps)
