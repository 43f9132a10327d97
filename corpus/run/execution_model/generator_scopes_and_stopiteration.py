# Generators keep their frame alive; StopIteration inside a generator becomes RuntimeError (PEP 479).
def counter(start):
    n = start
    while True:
        received = yield n
        if received is not None:
            n = received
        else:
            n += 1


c = counter(10)
print(next(c), next(c), c.send(50), next(c))


def leaky():
    yield 1
    raise StopIteration("inside")


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_value():
    yield "a"
    return "the return value"


g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def gen_locals():
    x = 1
    yield x
    x += 1
    yield x


g = gen_locals()
print(next(g), g.gi_frame.f_locals, next(g), g.gi_frame.f_locals)
g.close()
print(g.gi_frame)
print(list(counter(0).__next__() for _ in range(3)))


def exception_in_gen():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")


for v in exception_in_gen():
    print("got", v)
    break
print("after break")
