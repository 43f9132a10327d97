# anext(it, default) hands on the values the iterator produces, and the default once it is
# exhausted; an __anext__ result that cannot be awaited names the failure as its cause.
import types


async def agen():
    yield 1
    yield 2


class Counter:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i * 10


class OldStyle(Counter):
    @types.coroutine
    def _next(self):
        yield from ()
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i * 100

    def __anext__(self):
        return self._next()


async def main():
    for it in (agen(), Counter(), OldStyle()):
        print([await anext(it, "default") for _ in range(4)])


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


run(main())


class Bad:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


class NotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def loop(c):
    async for _ in c():
        pass


for c in (Bad, NotAwaitable):
    try:
        loop(c).send(None)
    except TypeError as e:
        print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
