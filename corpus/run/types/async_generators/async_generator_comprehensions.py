# Async generators composed with async comprehensions and async for, plus error cases.
class Tick:
    def __await__(self):
        yield


async def count(n):
    for i in range(n):
        await Tick()
        yield i


async def double(src):
    async for x in src:
        yield x * 2


async def main():
    a = [x async for x in double(count(4))]
    b = {x: y async for x, y in pairs()}
    s = 0
    async for x in count(5):
        if x == 3:
            break
        s += x
    return a, b, s


async def pairs():
    yield 1, "one"
    await Tick()
    yield 2, "two"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))


async def returns_in_agen():
    yield 1


async def uses_sync_for():
    try:
        for x in count(2):
            pass
    except TypeError as e:
        return f"TypeError: {e}"


print(run(uses_sync_for()))
ag = count(1)
print(hasattr(ag, "__aiter__"), ag.__aiter__() is ag, hasattr(ag, "__iter__"))
