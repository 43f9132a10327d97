# Async generators: return inside, exceptions out of the body, and aclose of a suspended generator.
class Step:
    def __await__(self):
        yield "step"


async def agen(limit):
    try:
        for i in range(limit):
            await Step()
            if i == 2:
                return
            yield i
    finally:
        print("  agen cleanup, limit", limit)


async def collect(ag):
    return [x async for x in ag]


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(collect(agen(10))))
print(run(collect(agen(1))))


async def failing():
    yield 1
    raise KeyError("inside async generator")


async def catch_it():
    out = []
    try:
        async for v in failing():
            out.append(v)
    except KeyError as e:
        out.append(f"caught {e}")
    return out


print(run(catch_it()))


async def partial():
    ag = agen(5)
    first = await ag.__anext__()
    await ag.aclose()
    return first


print(run(partial()))
