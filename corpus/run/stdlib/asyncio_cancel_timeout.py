# Cancellation delivers CancelledError into the task; wait_for and asyncio.timeout expire.
import asyncio


async def sleeper(events):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        events.append("cancelled inside")
        raise
    finally:
        events.append("finally")


async def slow():
    await asyncio.sleep(10)
    return "never"


async def main():
    events = []
    t = asyncio.create_task(sleeper(events))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("caught CancelledError", t.cancelled())
    print(events)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__)
    print(await asyncio.wait_for(asyncio.sleep(0, result=5), timeout=1))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout block expired")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("in time", cm.expired())


asyncio.run(main())
