# aiter() and anext() builtins on async iterators, with the anext default.
class Wait:
    def __await__(self):
        yield "waiting"


async def agen():
    yield "first"
    await Wait()
    yield "second"


async def main():
    it = aiter(agen())
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default when exhausted")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "StopAsyncIteration"
    return a, b, c, d


def run(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return e.value, steps


print(run(main()))
try:
    aiter([1])
except TypeError as e:
    print("TypeError:", e)
try:
    anext(iter([1]))
except TypeError as e:
    print("TypeError:", e)
print(type(anext(agen())).__name__, type(anext(agen(), None)).__name__)
