# async generator functions: yield inside try/finally and async with, asend/athrow/aclose.
class Step:
    def __await__(self):
        yield


async def agen():
    try:
        received = yield 1
        await Step()
        yield received
    except ValueError:
        yield "handled"
    finally:
        await Step()


def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as s:
        return s.value
    except StopAsyncIteration:
        return "stop"


g = agen()
print(drive(g.__anext__()), drive(g.asend("sent")), drive(g.athrow(ValueError())), drive(g.aclose()))
