# async comprehensions and await inside comprehensions in coroutines.
class Tick:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield
        return self.v


async def agen(n):
    for i in range(n):
        yield await Tick(i)


async def main():
    a = [x async for x in agen(3)]
    b = {x async for x in agen(3) if x}
    c = {x: x * 2 async for x in agen(2)}
    d = [await Tick(i) for i in range(2)]
    e = [x async for x in agen(2) for _ in range(2)]
    f = (x async for x in agen(2))
    g = [v async for v in f]
    return a, b, c, d, e, g


coro = main()
try:
    while True:
        coro.send(None)
except StopIteration as s:
    print(s.value)
