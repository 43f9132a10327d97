# Each thread has its own current contextvars context, which a new thread starts empty, so a
# value set in one thread is not seen by another (decimal's thread-local contexts rely on it);
# Context.run in a thread runs in that context. ContextVar's argument checks and messages.
import contextvars
import decimal
import threading

v = contextvars.ContextVar("v")
v.set(1)


def show():
    print("thread sees", v.get("unset"))
    v.set(2)
    print("thread set", v.get())


t = threading.Thread(target=show)
t.start()
t.join()
print("main sees", v.get())

ctx = contextvars.copy_context()


def inside():
    print("in ctx", v.get("unset"))
    v.set(3)


t = threading.Thread(target=ctx.run, args=(inside,))
t.start()
t.join()
print(ctx[v], v.get())

decimal.getcontext().prec = 5
results = []


def third():
    results.append(decimal.getcontext().prec)
    decimal.getcontext().prec = 40
    results.append(str(decimal.Decimal(1) / decimal.Decimal(7)))


t = threading.Thread(target=third)
t.start()
t.join()
print(results, decimal.getcontext().prec, decimal.Decimal(1) / decimal.Decimal(7))

for args, kwargs in [((), {}), ((1, 2), {}), (("a",), {"x": 1}), (("a",), {"default": 1, "name": 2}),
                     ((), {"name": "q"}), (("a",), {"name": "b"}), (("a",), {"default": 5})]:
    try:
        var = contextvars.ContextVar(*args, **kwargs)
        print(var.name, var.get())
    except TypeError as e:
        print(e)
