# An exception raised inside a generator surfaces where it is consumed.
def readings():
    yield 1.5
    yield 2.5
    yield float("not a number")


for r in readings():
    print("reading", r)
