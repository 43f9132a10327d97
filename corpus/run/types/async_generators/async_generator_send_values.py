# asend() delivers values into an async generator; results come back through StopIteration.
async def echo():
    received = None
    while True:
        received = yield f"echo {received}"
        if received == "stop":
            return


def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
    return "suspended"


e = echo()
print(drive(e.__anext__()))
print(drive(e.asend("one")))
print(drive(e.asend("two")))
print(drive(e.asend("stop")))
print(drive(e.asend("after")))
e2 = echo()
try:
    drive(e2.asend("too early"))
except TypeError as err:
    print("TypeError:", err)
print(type(e.asend(None)).__name__, type(e.athrow(ValueError)).__name__, type(e.aclose()).__name__)
