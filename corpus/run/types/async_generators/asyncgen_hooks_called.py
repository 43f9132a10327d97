# sys.set_asyncgen_hooks: an async generator calls `firstiter` at its first __anext__/asend/
# athrow/aclose and, once dropped unfinished, is handed to the `finalizer` it saw then instead
# of being closed; asyncio uses them to close generators at shutdown.
import asyncio
import gc
import sys

events = []


def firstiter(agen):
    events.append(("firstiter", agen.__name__))


kept = []


def finalizer(agen):
    events.append(("finalizer", agen.__name__, agen.ag_frame is not None))
    kept.append(agen)


async def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        events.append(("finally", tag))


def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter, finalizer)
a = numbers("a")
print(step(a.__anext__()))
step(a.__anext__())
del a
gc.collect()
print(events)
step(kept.pop().aclose())
print(events)
b = numbers("b")
del b
sys.set_asyncgen_hooks(*old)
print(events)


def broken_first(agen):
    raise RuntimeError("firstiter failed")


sys.set_asyncgen_hooks(firstiter=broken_first)
c = numbers("c")
try:
    c.asend(None)
except RuntimeError as e:
    print("asend:", e)
sys.set_asyncgen_hooks(*old)
events.clear()


def handler(loop, context):
    events.append((context["message"], type(context["exception"]).__name__))


async def failing():
    try:
        yield 1
        yield 2
    finally:
        1 / 0


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    async for _ in failing():
        break


asyncio.run(main())
print(events)
