# yield and yield from in their allowed contexts
def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    x = yield 1
    x = yield from other()
    yield from range(10)
    f((yield))
    f((yield 1), 2)
    y = (yield) + 1
    z = [(yield)]
    await_result = yield from (yield)
    return (yield from g)
