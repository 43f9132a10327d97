class sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield ('sleep', self.v)
        return r

def run(coro):
    trace = []
    try:
        v = coro.send(None)
        while True:
            trace.append(v)
            v = coro.send(len(trace))
    except StopIteration as e:
        return e.value, trace

async def agen(n):
    try:
        for i in range(n):
            got = await sleep(i)
            x = yield (i, got)
            if x is not None:
                print("  sent", x)
    finally:
        print("  agen finally")
        await sleep('cleanup')
        print("  after cleanup await")

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    g = agen(5)
    out.append(await g.__anext__())
    out.append(await g.asend('hello'))
    try:
        await g.athrow(ValueError('boom'))
    except ValueError as e:
        out.append(('athrow', str(e)))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append('stop')
    g2 = agen(5)
    await g2.__anext__()
    r = await g2.aclose()
    out.append(('aclose', r))
    print(g2.ag_running, g2.ag_frame, g2.ag_await)
    return out
print(run(main()))

async def ignore():
    try:
        yield 1
    finally:
        yield 2
async def m2():
    g = ignore()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)
print(run(m2()))

async def simple():
    yield 1
    yield 2
g = simple()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_code.co_name)
a = g.__anext__()
print(type(a).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("value", e.value, e.args)
try:
    a.send(None)
except RuntimeError as e:
    print(e)
b = g.asend(5)
try:
    b.send(None)
except TypeError as e:
    print("TE", e)
except StopIteration as e:
    print("SI", e.args)
c = g.asend(None)
try: print(c.send(None))
except StopIteration as e: print("c", e.args)
d = g.__anext__()
try: d.send(None)
except StopAsyncIteration as e: print("done", type(e).__name__)
e2 = g.aclose()
try: e2.send(None)
except StopIteration as e: print("aclose done", e.args)

async def co():
    return 5
c = co()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try: next(w)
except StopIteration as e: print("co", e.value)

async def anx():
    g = simple()
    r = [await anext(g), await anext(g), await anext(g, 'dflt')]
    try:
        await anext(g)
    except StopAsyncIteration:
        r.append('SAI')
    try:
        anext([])
    except TypeError as e:
        r.append(str(e))
    try:
        aiter([])
    except TypeError as e:
        r.append(str(e))
    return r
print(run(anx()))

async def raiser():
    yield 1
    raise StopAsyncIteration
async def m3():
    try:
        async for x in raiser(): pass
    except RuntimeError as e:
        return str(e), type(e.__cause__).__name__
print(run(m3()))
