# Generators resumed by a `for` loop or by `yield from` (which krait runs on the caller's
# loop): gi_running, the generator's own handled exception, f_back, PEP 479, returns through
# yield from, errors escaping into the caller's handlers, and deep generator chains.
import sys


def running_flag():
    g = None

    def gen():
        for i in range(2):
            yield g.gi_running, sys._getframe(1).f_code.co_name
    g = gen()
    for item in g:
        print("running inside:", item)
    print("running after:", g.gi_running, g.gi_frame)


def own_exception():
    def gen():
        try:
            raise KeyError("inner")
        except KeyError:
            yield sys.exc_info()[0].__name__
            yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0]

    try:
        raise ValueError("outer")
    except ValueError:
        for name in gen():
            print("in generator:", name, "| caller:", sys.exc_info()[0].__name__)


def pep479():
    def gen():
        yield 1
        raise StopIteration("leaks")

    try:
        for x in gen():
            print("got", x)
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))


def returns_through_yield_from():
    def inner(n):
        for i in range(n):
            got = yield i
            if got is not None:
                print("inner got", got)
        return n * 10

    def outer():
        r = yield from inner(3)
        print("inner returned", r)
        r2 = yield from inner(0)
        print("empty inner returned", r2)
        return r + r2

    g = outer()
    print(next(g), g.send("a"), g.send("b"))
    try:
        g.send("c")
    except StopIteration as e:
        print("outer returned", e.value)
    print(list(outer()))


def error_into_caller():
    def gen():
        yield 1
        {}["missing"]

    def consume():
        total = 0
        for x in gen():
            total += x
        return total

    try:
        consume()
    except KeyError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("KeyError", e, "through", names)


def deep_chain():
    def chain(n):
        if n == 0:
            yield "bottom"
        else:
            yield from chain(n - 1)

    print(list(chain(200)))
    try:
        for x in chain(5000):
            pass
    except RecursionError as e:
        print("RecursionError:", e)


def reentrant():
    def gen():
        yield 1
        for x in g:
            yield x
    g = gen()
    try:
        for x in g:
            print("item", x)
    except ValueError as e:
        print("ValueError:", e)


def send_to_fresh_delegate():
    def inner():
        yield 1

    def outer():
        it = inner()
        yield it
        yield from it

    o = outer()
    next(o)
    print(next(o))
    try:
        o.send(5)
    except StopIteration:
        print("delegate finished")


def closed_and_exhausted():
    def gen():
        yield 1
        yield 2
    g = gen()
    for x in g:
        print("first", x)
        break
    g.close()
    print("after close:", list(g))
    h = gen()
    print(list(h), list(h))


def coroutines():
    class Later:
        def __await__(self):
            got = yield "suspend"
            return got

    async def leaf(n):
        v = await Later()
        return n + v

    async def middle():
        a = await leaf(1)
        b = await leaf(2)
        return a * b

    c = middle()
    print(c.send(None), c.send(10))
    try:
        c.send(20)
    except StopIteration as e:
        print("coroutine result", e.value)

    async def twice(co):
        await co

    inner = leaf(5)
    first = twice(inner)
    first.send(None)
    try:
        twice(inner).send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    first.close()


running_flag()
own_exception()
pep479()
returns_through_yield_from()
error_into_caller()
deep_chain()
reentrant()
send_to_fresh_delegate()
closed_and_exhausted()
coroutines()
