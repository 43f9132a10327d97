# async methods in classes, await inside f-strings and conditional expressions, async lambdas via wrappers.
class V:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield
        return self.v


class Service:
    prefix = "svc"

    async def fetch(self, k):
        return f"{self.prefix}:{await V(k)}"

    @classmethod
    async def build(cls):
        return cls.__name__ + str(await V(1))

    @staticmethod
    async def static(x):
        return x if await V(True) else None


async def main():
    s = Service()
    a = await s.fetch("key")
    b = await Service.build()
    c = await Service.static(3)
    d = f"{await V('x')}-{await V('y')!r:>5}"
    e = [await V(i) for i in range(2)] if await V(1) else []
    return a, b, c, d, e


c = main()
try:
    while True:
        c.send(None)
except StopIteration as s:
    print(s.value)
