# async functions, async methods, async generators
async def f():
    pass
async def g(x, *, y=1) -> int:
    return await x
async def gen():
    yield 1
class Service:
    async def start(self):
        await self.connect()
    @staticmethod
    async def helper():
        async with lock:
            async for x in stream():
                yield x
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False
def sync():
    async def inner():
        return 1
    return inner
