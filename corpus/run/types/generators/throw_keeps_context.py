# gen.throw(exc) restores exc as it is: the exception being handled where throw() is called
# does not become its __context__ (so ExitStack's chains of nested exits come out right).
import types
from contextlib import ExitStack, contextmanager


def catcher():
    try:
        yield
    except Exception as e:
        print("caught", repr(e), "context", repr(e.__context__))
    yield


gen = catcher()
next(gen)
try:
    raise KeyError("outer")
except KeyError:
    gen.throw(ValueError("thrown"))

gen = catcher()
next(gen)
try:
    raise KeyError("outer")
except KeyError:
    gen.throw(ValueError)


def delegating():
    yield from catcher()


gen = delegating()
next(gen)
try:
    raise KeyError("outer")
except KeyError:
    gen.throw(ValueError("through yield from"))

unstarted = catcher()
try:
    raise KeyError("outer")
except KeyError:
    try:
        unstarted.throw(ValueError("unstarted"))
    except ValueError as e:
        print("unstarted", repr(e.__context__))


async def coro():
    try:
        await types.coroutine(lambda: (yield))()
    except Exception as e:
        print("coroutine context", repr(e.__context__))


c = coro()
c.send(None)
try:
    raise KeyError("outer")
except KeyError:
    try:
        c.throw(ValueError("into coroutine"))
    except StopIteration:
        pass


@contextmanager
def raising_on_exit(exc):
    try:
        yield
    finally:
        raise exc


e1, e2, e3, e4 = (Exception(i) for i in range(1, 5))
try:
    with ExitStack() as stack:
        stack.enter_context(raising_on_exit(e4))
        stack.enter_context(raising_on_exit(e3))
        stack.enter_context(raising_on_exit(e2))
        raise e1
except Exception as exc:
    chain = []
    while exc is not None:
        chain.append(repr(exc))
        exc = exc.__context__
    print(" -> ".join(chain))
