# async for / async with inside async def
async def consume(source, lock):
    async for item in source:
        print(item)
    async for a, b in pairs():
        pass
    else:
        pass
    async with lock:
        pass
    async with lock as held, other() as (x, y):
        pass
    async with (
        open_a() as a,
        open_b() as b,
    ):
        pass
    async for x in aiter():
        async with ctx(x) as c:
            await c.run()
