# gen.throw(type, value, tb) hands a delegating `yield from` target its arguments as given
# (a class stays a class); they become an exception only where it is raised, so a bad
# argument passed through a delegate is raised inside the delegating generator.
class It:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, *a):
        print("It.throw got", len(a), [type(x).__name__ for x in a])
        raise a[0] if isinstance(a[0], BaseException) else a[0]()


def g():
    try:
        yield from It()
    except Exception as e:
        print("g caught", type(e).__name__, e)
        yield "ok"


for args in [(KeyError,), (KeyError, None), (KeyError("x"),), (KeyError, KeyError("y"), None)]:
    x = g()
    next(x)
    print(x.throw(*args))


def inner():
    yield 1


def outer():
    try:
        yield from inner()
    except TypeError as e:
        print("outer got", e)
        yield "handled"


o = outer()
next(o)
print(o.throw(1))
o = outer()
try:
    o.throw(1)
except TypeError as e:
    print("top", e)


class Closer(It):
    def throw(self, *a):
        print("Closer.throw", a)
        raise StopIteration("done")

    def close(self):
        print("Closer.close")


async def agen():
    try:
        await AwaitIt()
        yield 1
    finally:
        print("agen finally")


class AwaitIt:
    def __await__(self):
        return Closer()


a = agen()
step = a.__anext__()
print(step.send(None))
try:
    step.throw(KeyError)
except StopIteration as e:
    print("anext finished with", e.value)
closing = a.aclose()
try:
    closing.send(None)
except StopIteration:
    print("aclose finished")
