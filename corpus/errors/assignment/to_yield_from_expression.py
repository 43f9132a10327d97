def f():
    x = yield from g() = 1
