# Coroutine objects: send/throw/close, cr_* attributes, and never-awaited behaviour.
class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value


async def add_later(a):
    b = await Suspend()
    return a + b


c = add_later(1)
print(type(c).__name__, c.cr_code.co_name, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(c.send(None))
print(type(c.cr_await).__name__)
try:
    c.send(41)
except StopIteration as e:
    print("result:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = add_later(0)
c2.send(None)
try:
    c2.throw(ValueError("into coroutine"))
except ValueError as e:
    print("ValueError:", e)
c3 = add_later(0)
c3.close()
print("closed before start")
unstarted = add_later(0)
try:
    next(unstarted)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(unstarted)
except TypeError as e:
    print("TypeError:", e)
unstarted.close()
aw = add_later(5).__await__()
print(type(aw).__name__, next(aw))
try:
    aw.send(5)
except StopIteration as e:
    print("via __await__:", e.value)


def state(c):
    if c.cr_running:
        return "running"
    if c.cr_frame is None:
        return "closed"
    return "suspended" if c.cr_suspended else "created"


c4 = add_later(1)
print(state(c4), type(c4).__name__, bool(add_later.__code__.co_flags & 0x80))
c4.send(None)
print(state(c4))
c4.close()
print(state(c4))
