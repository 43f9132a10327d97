# gen.throw() passed on through `yield from` runs the delegate with the delegating frame as
# its caller (f_back), as gen.send() does; closing a running generator fails.
import sys


def stack_names():
    names = []
    frame = sys._getframe(1)
    while frame and frame.f_code.co_name != "driver":
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def inner():
    print("inner start", stack_names())
    try:
        yield 1
    except KeyError:
        print("inner caught", stack_names())
    yield 2


def middle():
    yield from inner()


def outer():
    yield from middle()


def driver(method):
    g = outer()
    next(g)
    if method == "send":
        print(g.send(None))
    else:
        print(g.throw(KeyError))


driver("send")
driver("throw")


def lengths():
    try:
        yield len(stack_names())
    except ZeroDivisionError:
        yield len(stack_names())


def wrapper():
    return (yield from lengths())


def driver2():
    w = wrapper()
    print(w.send(None) == w.throw(ZeroDivisionError))


driver2()


def selfish():
    try:
        me.close()
    except ValueError as e:
        print("close:", e)
    yield "done"


me = selfish()
print(next(me))
me.close()
print(me.gi_frame)


def watched():
    try:
        yield 1
    except KeyError:
        print("during throw:", type(w.gi_yieldfrom).__name__, w.gi_running, w.gi_frame.f_code.co_name)
    yield 2


def watcher():
    yield from watched()


w = watcher()
next(w)
print(w.throw(KeyError), type(w.gi_yieldfrom).__name__)
