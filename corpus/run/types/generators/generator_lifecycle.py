# Generator states, finalisation when dropped, and frames.
def gen():
    print("  started")
    try:
        yield 1
        yield 2
    finally:
        print("  finalised")


g = gen()
print(g.gi_frame is not None, g.gi_frame.f_lasti < 0 if False else "skip lasti", g.gi_suspended if hasattr(g, "gi_suspended") else "n/a")
print(next(g))
print(g.gi_suspended if hasattr(g, "gi_suspended") else "n/a", g.gi_frame.f_lineno)
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
import inspect

g3 = gen()
print(inspect.getgeneratorstate(g3))
next(g3)
print(inspect.getgeneratorstate(g3))
g3.close()
print(inspect.getgeneratorstate(g3))
