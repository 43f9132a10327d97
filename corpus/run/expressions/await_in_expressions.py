# await used inside larger expressions: arithmetic, calls, conditions, comprehensions, f-strings.
class Val:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield f"await {self.v}"
        return self.v


async def compute():
    a = await Val(2) + await Val(3) * 2
    b = max(await Val(1), await Val(9))
    c = "yes" if await Val(True) else "no"
    d = [await Val(i) for i in range(3)]
    e = f"{await Val('f')}-{await Val('string')}"
    f = (await Val(5)) ** 2
    g = await Val(0) or await Val("fallback")
    return a, b, c, d, e, f, g


coro = compute()
trace = []
try:
    while True:
        trace.append(coro.send(None))
except StopIteration as stop:
    print(stop.value)
print(trace)
