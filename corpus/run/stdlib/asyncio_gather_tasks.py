# gather keeps argument order; tasks interleave at each await; create_task and results.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * steps


async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results)
    print(log)
    t = asyncio.create_task(worker("t", 2))
    print(t.done())
    print(await t, t.done(), t.result())
    r = await asyncio.gather(*(worker(str(i), i) for i in range(4)), return_exceptions=True)
    print(r)
    return "done"


print(asyncio.run(main()))
