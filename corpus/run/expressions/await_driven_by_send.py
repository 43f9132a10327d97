# Coroutines driven manually with send(): await passes values through the chain.
class Request:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        print(f"  suspending for {self.what}")
        answer = yield self.what
        print(f"  resumed with {answer!r}")
        return answer


async def fetch(name):
    v = await Request(name)
    return v * 2


async def main():
    a = await fetch("a")
    b = await fetch("b")
    return a + b


coro = main()
print(type(coro).__name__)
req = coro.send(None)
print("driver got", req)
req = coro.send(10)
print("driver got", req)
try:
    coro.send(20)
except StopIteration as e:
    print("result", e.value)


async def simple():
    return "no await"


c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("immediate result", e.value)


async def catches():
    try:
        await Request("x")
    except ValueError as e:
        return f"caught {e}"


c = catches()
c.send(None)
try:
    c.throw(ValueError("thrown in"))
except StopIteration as e:
    print(e.value)
c = catches()
c.send(None)
c.close()
print("closed", c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class BadAwait:
    def __await__(self):
        return 5


async def uses_bad():
    await BadAwait()


try:
    uses_bad().send(None)
except TypeError as e:
    print("TypeError:", e)


async def await_int():
    await 3


try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)
