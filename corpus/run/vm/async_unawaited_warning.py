async def f():
    return 1
c = f()
del c
print("after")
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
g = agen()
c = g.__anext__()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
del c
del g
print("end")
