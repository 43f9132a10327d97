# Async generators driven by hand: __anext__, asend, athrow, aclose return awaitables.
class Pause:
    def __await__(self):
        yield "paused"


async def agen():
    try:
        x = yield 1
        print("  received", x)
        await Pause()
        yield 2
    except ValueError as e:
        print("  caught", repr(e))
        yield "after-throw"
    finally:
        print("  agen finally")


def drive(awaitable):
    steps = []
    try:
        while True:
            steps.append(awaitable.send(None))
    except StopIteration as e:
        return e.value, steps
    except StopAsyncIteration:
        return "StopAsyncIteration", steps


a = agen()
print(type(a).__name__, a.__name__, a.ag_running)
print(drive(a.__anext__()))
print(drive(a.asend("hello")))
print(drive(a.__anext__()))
b = agen()
print(drive(b.__anext__()))
print(drive(b.athrow(ValueError("v"))))
print(drive(b.aclose()))
c = agen()
print(drive(c.aclose()))
print(drive(c.__anext__()))
d = agen()
print(drive(d.__anext__()))
try:
    drive(d.athrow(KeyError("k")))
except KeyError as e:
    print("propagated", repr(e))
