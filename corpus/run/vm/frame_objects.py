import sys
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def raiser():
    local = T("frame-local")
    raise ValueError
try:
    raiser()
except ValueError:
    print("in handler")
print("after handler")

def f():
    x = 1
    fr = sys._getframe()
    y = 2
    print(sorted(fr.f_locals), fr.f_lineno, fr.f_code.co_name, fr.f_back.f_code.co_name)
    return g()
def g():
    f1 = sys._getframe(1)
    print(f1.f_code.co_name, f1.f_lineno, sorted(f1.f_locals))
    names = []
    fr = sys._getframe()
    while fr:
        names.append(fr.f_code.co_name); fr = fr.f_back
    return names
print(f())
def loc(x):
    y = x * 2
    snap = locals()
    y = 100
    return snap, locals()["y"], snap is locals()
print(loc(3))
def gen():
    a = 1
    yield 1
    b = 2
    yield 2
g2 = gen()
print(g2.gi_frame is not None, g2.gi_frame.f_lineno, sorted(g2.gi_frame.f_locals))
next(g2); print(g2.gi_frame.f_lineno, sorted(g2.gi_frame.f_locals))
next(g2); print(g2.gi_frame.f_lineno, sorted(g2.gi_frame.f_locals))
fr = g2.gi_frame
list(g2); print(g2.gi_frame, fr.f_back)
try:
    raiser()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, sorted(tb.tb_next.tb_frame.f_locals), tb.tb_next.tb_frame.f_back is tb.tb_frame, tb.tb_frame is sys._getframe())
    del e
print("end")
def deep(n):
    if n == 0: raise KeyError(n)
    deep(n-1)
try:
    deep(3)
except KeyError as e:
    t = e.__traceback__; c = []
    while t: c.append((t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_frame.f_lineno, t.tb_frame.f_locals.get('n'))); t = t.tb_next
    print(c)
try:
    sys._getframe(100)
except ValueError as e: print(e)
