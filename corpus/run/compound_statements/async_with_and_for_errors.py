# async with/for: exceptions inside bodies, __aexit__ suppression, StopAsyncIteration handling.
class Yield:
    def __await__(self):
        yield


class ACM:
    def __init__(self, suppress):
        self.suppress = suppress

    async def __aenter__(self):
        await Yield()
        print("  aenter")
        return self

    async def __aexit__(self, et, ev, tb):
        await Yield()
        print("  aexit", et.__name__ if et else None)
        return self.suppress


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Yield()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        if self.n == 1:
            raise ValueError("boom at 1")
        return self.n


async def main():
    out = []
    async with ACM(True):
        raise KeyError("suppressed")
    try:
        async with ACM(False):
            raise KeyError("escapes")
    except KeyError as e:
        out.append(f"caught {e}")
    try:
        async for v in Countdown(3):
            out.append(v)
    except ValueError as e:
        out.append(f"iteration error: {e}")
    return out


def run(c):
    n = 0
    try:
        while True:
            c.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n


print(run(main()))
