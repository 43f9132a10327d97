# Push-style pipelines built from generators primed with next() and fed with send().
def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start


@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)


@coroutine
def filter_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)


@coroutine
def scale(factor, target):
    try:
        while True:
            target.send((yield) * factor)
    except GeneratorExit:
        print("  scale closing, closing target")
        target.close()


sink = printer("out:")
pipeline = scale(10, filter_even(sink))
for i in range(6):
    pipeline.send(i)
pipeline.close()


@coroutine
def running_total():
    total = 0
    while True:
        value = yield total
        total += value


rt = running_total()
print([rt.send(v) for v in [5, 10, -3, 8]])
