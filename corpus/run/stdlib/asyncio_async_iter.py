# Async generators, async comprehensions and async context managers under asyncio.run.
import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def main():
    async for i in ticker(3):
        print("tick", i)
    print([i * 2 async for i in ticker(4)])
    print({i: i % 2 async for i in ticker(3) if i})
    print([x async for x in Countdown(3)])
    async with Resource("r1") as r:
        print("using", r.name)
    try:
        async with Resource("r2"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
