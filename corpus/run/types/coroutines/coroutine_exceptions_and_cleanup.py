# Exceptions thrown into awaiting coroutines, finally blocks and close().
class Pending:
    def __await__(self):
        yield "pending"


async def guarded(name):
    try:
        await Pending()
        return f"{name} finished"
    except ValueError as e:
        return f"{name} handled {e}"
    finally:
        print(f"  {name} finally")


def finish(coro, action):
    coro.send(None)
    try:
        action(coro)
    except StopIteration as e:
        return e.value
    except BaseException as e:
        return f"raised {type(e).__name__}: {e}"
    return "still running"


print(finish(guarded("a"), lambda c: c.send(None)))
print(finish(guarded("b"), lambda c: c.throw(ValueError("bad"))))
print(finish(guarded("c"), lambda c: c.throw(KeyError("unhandled"))))
print(finish(guarded("d"), lambda c: c.close()))


async def outer():
    try:
        return await guarded("inner")
    finally:
        print("  outer finally")


print(finish(outer(), lambda c: c.throw(ValueError("deep"))))
