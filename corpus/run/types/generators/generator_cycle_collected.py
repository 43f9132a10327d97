# A generator caught in a reference cycle (its frame holds the generator) is tracked by the
# cycle collector, finalized (closed, running its finally block) and freed.
import gc
import sys
import warnings

sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value)

log = []


def gen(tag):
    try:
        g = yield
        yield g is not None
    finally:
        log.append(tag)


g = gen("cycle")
print(gc.is_tracked(g))
next(g)
g.send(g)
print(g in gc.get_referents(g))
del g
gc.collect()
print(log)


def stubborn():
    me = yield
    while True:
        try:
            yield me
        except GeneratorExit:
            log.append("ignored exit")


s = stubborn()
next(s)
s.send(s)
del s
gc.collect()
print(log)


def never_started():
    yield


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    n = never_started()
    holder = [n]
    holder.append(holder)
    del n, holder
    gc.collect()
print([str(x.message) for x in w])
