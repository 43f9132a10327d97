# Async generators consumed by async for, with early break and aclose.
class Pause:
    def __await__(self):
        yield "pause"


async def numbers(n):
    try:
        for i in range(n):
            await Pause()
            yield i
    finally:
        print("  numbers finally")


async def main():
    out = []
    async for x in numbers(3):
        out.append(x)
    agen = numbers(10)
    async for x in agen:
        if x == 1:
            break
        out.append(("early", x))
    await agen.aclose()
    return out


def run(coro):
    pauses = 0
    while True:
        try:
            coro.send(None)
            pauses += 1
        except StopIteration as e:
            return e.value, pauses


print(run(main()))


async def nested():
    async def inner():
        yield "a"
        yield "b"
    return [c async for c in inner()] + [c async for c in inner() if c != "a"]


print(run(nested()))
