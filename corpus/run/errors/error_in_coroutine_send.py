# An exception raised inside a coroutine surfaces from send().
class Step:
    def __await__(self):
        yield "step"


async def job(limit):
    total = 0
    for i in range(limit):
        await Step()
        total += 10 // (2 - i)
    return total


coro = job(4)
print(coro.send(None))
print(coro.send(None))
print(coro.send(None))
coro.send(None)
