# TaskGroup collects results and failures into an ExceptionGroup; an exception from the
# main coroutine leaves asyncio.run unchanged. (Its traceback is not printed: CPython's
# passes through the C _asyncio module, whose frames do not show, while krait runs the
# pure-Python futures and tasks.)
import asyncio


async def ok(n):
    await asyncio.sleep(0)
    return n


async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1))
        b = tg.create_task(ok(2))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(3))
            tg.create_task(bad("first"))
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    r = await asyncio.gather(ok(4), bad("second"), return_exceptions=True)
    print(r[0], type(r[1]).__name__, r[1])
    await bad("escapes")


try:
    asyncio.run(main())
except ValueError as e:
    print("out of asyncio.run:", repr(e))
