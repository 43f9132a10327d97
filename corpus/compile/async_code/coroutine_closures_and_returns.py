# Coroutines with closures, try/finally, return values and nested awaits.
class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield self.v
        return self.v


def make(scale):
    async def scaled(x):
        try:
            return await Value(x) * scale
        finally:
            pass

    async def total(xs):
        acc = 0
        for x in xs:
            acc += await scaled(x)
        return acc

    return total


coro = make(3)([1, 2, 3])
seen = []
try:
    while True:
        seen.append(coro.send(None))
except StopIteration as s:
    print(s.value, seen)


async def lambda_in_coroutine():
    f = lambda: 5
    return f() + await Value(1)


c = lambda_in_coroutine()
c.send(None)
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
