# return statement forms
def a():
    return
def b():
    return 1
def c():
    return 1, 2
def d():
    return (1, 2)
def e():
    return *x, y
def f():
    return x if y else z
def g():
    return lambda: 0
def h():
    return (yield)
def i():
    if x:
        return None
    return [x for x in y]
async def j():
    return await k()
