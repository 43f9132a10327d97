# throw() raises inside the generator at the paused yield; close() raises GeneratorExit.
def worker():
    print("  start")
    while True:
        try:
            x = yield
            print("  got", x)
        except ValueError as e:
            print("  handled ValueError", e)
        except GeneratorExit:
            print("  cleanup on close")
            raise


w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad"))
w.send(2)
w.close()
w.close()
print("closed twice ok")
try:
    w.send(3)
except StopIteration:
    print("send after close: StopIteration")


def unhandled():
    yield 1
    yield 2


u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(u, "exhausted after throw"))
fresh = unhandled()
try:
    fresh.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("throw before start:", e)
print(list(fresh))
try:
    unhandled().throw(TypeError)
except TypeError as e:
    print("throw with class:", repr(e))


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


r = returns_on_close()
next(r)
print(r.close())


def catch_and_yield_value():
    try:
        yield 1
    except ZeroDivisionError:
        yield "recovered value"


c = catch_and_yield_value()
next(c)
print(c.throw(ZeroDivisionError))
