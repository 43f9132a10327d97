# async comprehensions and await inside comprehensions
async def main(urls):
    r = [x async for x in aiter()]
    r = {x async for x in aiter() if x}
    r = {k: v async for k, v in pairs()}
    r = [await f(x) for x in urls]
    r = [y async for x in outer() for y in x]
    r = [y for x in xs async for y in inner(x)]
    r = [x async for x in a async for y in b if await y]
    g = (x async for x in aiter())
    g = (await x for x in futures)
    return [item async for page in pages() for item in page]
