# Coroutines driven by send(), await on custom awaitables, async with / async for.
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ('waiting', self.v)
        return got
async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x + y
async def main():
    r = await add(1, 2)
    return r * 10
c = main()
print(c.send(None))
print(c.send(5))
try:
    c.send(7)
except StopIteration as e:
    print('result', e.value)
class AsyncCtx:
    async def __aenter__(self):
        print('aenter'); return 'res'
    async def __aexit__(self, *a):
        print('aexit', a[0]); return False
class AsyncIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= 3:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def use():
    async with AsyncCtx() as r:
        print('inside', r)
    total = 0
    async for v in AsyncIt():
        total += v
    return total
co = use()
try:
    co.send(None)
except StopIteration as e:
    print('total', e.value)
print(type(co).__name__)
