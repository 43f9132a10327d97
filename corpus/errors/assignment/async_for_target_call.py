async def g():
    async for f() in x:
        pass
