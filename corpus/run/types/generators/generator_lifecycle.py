# Generator states, finalisation when dropped, and frames.
def gen():
    print("  started")
    try:
        yield 1
        yield 2
    finally:
        print("  finalised")


g = gen()
print(g.gi_frame is not None, g.gi_suspended, g.gi_running)
print(next(g))
print(g.gi_suspended, g.gi_frame.f_lineno)
del g
print("dropped suspended generator")
g2 = gen()
del g2
print("dropped unstarted generator (no finally)")


def count():
    i = 0
    while True:
        yield i
        i += 1


c = count()
for v in c:
    if v == 3:
        break
print("continue same generator:", next(c), next(c))


def state(g):
    if g.gi_running:
        return "running"
    if g.gi_frame is None:
        return "closed"
    return "suspended" if g.gi_suspended else "created"


g3 = gen()
print(state(g3))
next(g3)
print(state(g3))
g3.close()
print(state(g3))
