# A round-robin scheduler of coroutines built only on send().
class Yield:
    def __await__(self):
        yield


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield


async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await Yield()
    await Sleep(2)
    log.append(f"{name} done")
    return name.upper()


def run_all(coros):
    queue = list(coros)
    results = {}
    tick = 0
    while queue:
        name, coro = queue.pop(0)
        try:
            coro.send(None)
            queue.append((name, coro))
        except StopIteration as e:
            results[name] = (e.value, tick)
        tick += 1
    return results


log = []
print(run_all([("a", worker("a", 3, log)), ("b", worker("b", 1, log)), ("c", worker("c", 2, log))]))
print(log)


async def child(n):
    await Yield()
    return n * 2


async def parent():
    total = 0
    for i in range(4):
        total += await child(i)
    return total


print(run_all([("p", parent())]))


async def raiser():
    await Yield()
    raise LookupError("inside coroutine")


async def catcher():
    try:
        await raiser()
    except LookupError as e:
        return f"caught {e}"


print(run_all([("x", catcher())]))
