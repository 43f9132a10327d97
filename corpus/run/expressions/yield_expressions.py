# yield as an expression: precedence, parenthesisation and values sent in.
def g():
    x = yield 1
    print("  x =", x)
    y = (yield x) * 2 if x else 0
    print("  y =", y)
    z = yield
    print("  z =", z)
    w = yield from [10, 20]
    print("  w =", w)
    return "done"


gen = g()
print(next(gen))
print(gen.send("sent-1"))
print(gen.send(5))
print(gen.send("z-value"))
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("return:", e.value)


def echo():
    received = []
    while True:
        item = yield received[-1] if received else None
        if item is None:
            return received
        received.append(item)


e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print(s.value)


def args_yield():
    print("  args:", (yield 1), (yield 2))
    yield [(yield 3)]


gen = args_yield()
print(next(gen), gen.send("first"), gen.send("second"), gen.send("third"))
gen2 = (lambda: (yield "from lambda"))()
print(next(gen2))
try:
    gen2.send("x")
except StopIteration as s:
    print("lambda generator returned", s.value)
