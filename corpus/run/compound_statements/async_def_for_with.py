# async def, async for and async with driven by a minimal event loop written with send().
class Sleep:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"  aenter {self.name}")
        await Sleep(f"enter {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        print(f"  aexit {self.name} {et.__name__ if et else None}")
        await Sleep(f"exit {self.name}")
        return et is KeyError


class Stream:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Sleep(f"next {self.i}")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def worker():
    total = 0
    async with Resource("db") as r:
        async for v in Stream(3):
            total += v
        else:
            print("  async for else")
    async with Resource("suppressing"):
        raise KeyError("suppressed")
    async with Resource("a") as a, Resource("b") as b:
        print("  both", a.name, b.name)
    return total


def run(coro):
    trace = []
    while True:
        try:
            trace.append(coro.send(None))
        except StopIteration as e:
            return e.value, trace


result, trace = run(worker())
print(result)
print(trace)


async def failing():
    async with Resource("fail"):
        raise ValueError("not suppressed")


try:
    run(failing())
except ValueError as e:
    print("ValueError:", e)


async def bad_async_for():
    async for x in [1, 2]:
        pass


try:
    run(bad_async_for())
except TypeError as e:
    print("TypeError:", e)


async def bad_async_with():
    async with Stream(1):
        pass


try:
    run(bad_async_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
