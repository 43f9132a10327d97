# await in various positions (inside async functions)
async def main():
    await x
    await x.y()
    await (await x)
    r = await f() + await g()
    r = -await x
    r = await x ** 2
    r = [await z for z in zs]
    r = {await k: await v for k, v in items}
    r = await asyncio.gather(*(fetch(u) for u in urls))
    r = (await session.get(url)).json()
    r = await x if await y else await z
    r = not await x
    r = await x[0]
    r = await x.attr.meth(1)
    return await result
