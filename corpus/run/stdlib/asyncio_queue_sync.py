# Producer/consumer over asyncio.Queue; Lock, Event and Semaphore ordering.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)
        print("got", item)


async def guarded(lock, name, log):
    async with lock:
        log.append(name + "+")
        await asyncio.sleep(0)
        log.append(name + "-")


async def limited(sem, name, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(0)


async def waiter(ev, log):
    await ev.wait()
    log.append("woke")


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty(), q.qsize())
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(guarded(lock, n, log) for n in "xyz"))
    print(log, lock.locked())
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(limited(sem, n, log) for n in "pqrs"))
    print(log)
    ev = asyncio.Event()
    log = []
    t = asyncio.create_task(waiter(ev, log))
    await asyncio.sleep(0)
    print(ev.is_set(), log)
    ev.set()
    await t
    print(ev.is_set(), log)


asyncio.run(main())
