# yield inside methods, try/finally, with, loops, lambdas and nested functions
class Reader:
    def __iter__(self):
        try:
            for item in self.items:
                if item:
                    yield item
                else:
                    continue
        finally:
            yield None

    def lines(self):
        with open(self.path) as fh:
            yield from fh

def outer():
    def inner():
        yield 1
    return inner

gen = lambda: (yield)
gen2 = lambda: (yield from range(3))

async def agen():
    yield 1
    await sleep(0)
    yield 2
