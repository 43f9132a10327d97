# __slots__ on a list subclass: the slot works, no __dict__, no other attribute.
class L(list):
    __slots__ = ('hv',)
l = L([1])
l.hv = 3
for expr in ("l.__dict__", "vars(l)", "l.x", "dir(l)[-3:]"):
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
del l.hv
try:
    l.hv
except AttributeError as e:
    print("AE", e)
try:
    del l.hv
except AttributeError as e:
    print("AE", e)
l.x = 1 if False else None
