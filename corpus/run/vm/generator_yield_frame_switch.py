# A generator resumed by `for` or `yield from` yields straight back to the resuming
# instruction (krait switches frames without leaving its instruction loop): frame objects made
# while the generator runs, seen after each yield; f_back while running and while suspended;
# f_lineno of the generator and of its caller; finalizers of values dropped around a yield;
# nested `yield from` chains with frames kept; and a yield after the caller's frame object exists.
import sys


def frames_kept():
    kept = []

    def gen():
        for i in range(3):
            kept.append(sys._getframe())
            yield i

    g = gen()
    for v in g:
        f = kept[-1]
        print("yielded", v, "lineno", f.f_lineno, "back", f.f_back, "running", g.gi_running)
    print("same frame each time:", all(k is kept[0] for k in kept))
    print("after exhaustion:", g.gi_frame)


def back_while_running():
    def gen():
        while True:
            back = sys._getframe().f_back
            yield back.f_code.co_name, back.f_lineno

    g = gen()

    def consumer():
        out = []
        for item in g:
            out.append(item)
            if len(out) == 2:
                break
        return out

    print("consumer sees", consumer())
    print("next from here", next(g))


def caller_frame_first():
    me = sys._getframe()

    def gen():
        yield sys._getframe(1) is me
        yield sys._getframe(1).f_lineno

    for x in gen():
        print("caller frame:", x)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def finalizers_at_yield():
    def gen():
        for i in range(3):
            tmp = Noisy(f"gen-{i}")
            yield i
            print("resumed after", i)
            del tmp

    for v in gen():
        print("got", v)
        junk = Noisy(f"loop-{v}")
    print("loop done")


def chain(depth):
    if depth == 0:
        yield sys._getframe().f_back.f_code.co_name
        yield "leaf"
        return "leaf-result"
    r = yield from chain(depth - 1)
    yield f"level {depth} got {r}"
    return f"r{depth}"


def nested_chains():
    for item in chain(3):
        print("chain:", item)
    g = chain(2)
    print(next(g))
    print(g.gi_frame.f_lineno, g.gi_yieldfrom.gi_frame.f_lineno)
    print(list(g))


def send_through():
    def inner():
        total = 0
        while True:
            x = yield total
            if x is None:
                return total
            total += x

    def outer():
        result = yield from inner()
        yield ("done", result)

    g = outer()
    print(next(g))
    for n in (1, 2, 3):
        print("sent", n, "->", g.send(n))
    print(g.send(None))


def raise_after_yield():
    def gen():
        yield 1
        raise KeyError("after")

    try:
        for v in gen():
            print("value", v)
    except KeyError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("KeyError", e, lines)


frames_kept()
back_while_running()
caller_frame_first()
finalizers_at_yield()
nested_chains()
send_through()
raise_after_yield()
