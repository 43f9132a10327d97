# An exception thrown into a generator that does not handle it.
def consumer():
    while True:
        item = yield
        print("consumed", item)


c = consumer()
next(c)
c.send("a")
c.throw(ValueError("bad item injected"))
