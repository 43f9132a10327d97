# Generator expressions and generator functions produce the same kind of object.
def gen_fn(n):
    for i in range(n):
        yield i * i


ge = (i * i for i in range(4))
gf = gen_fn(4)
print(type(ge) is type(gf), ge.__name__, gf.__name__, gf.__qualname__)
print(list(ge), list(gf), list(ge), list(gf))
print(hasattr(ge, "send"), hasattr(ge, "throw"), hasattr(ge, "close"))
ge2 = (x for x in range(3))
print(ge2.send(None), next(ge2))
try:
    ge2.send("ignored value")
    print("send to genexpr returns", next(ge2, "end"))
except StopIteration:
    print("exhausted")
ge3 = (x for x in range(3))
next(ge3)
ge3.close()
print(list(ge3))
ge4 = (1 / x for x in [1, 0, 2])
print(next(ge4))
try:
    next(ge4)
except ZeroDivisionError:
    print("error in genexpr")
print(list(ge4))
