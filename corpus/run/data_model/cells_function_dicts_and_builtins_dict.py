# Cells compare by contents (an empty cell first) and are unhashable; a function's __dict__ can be
# replaced by a dict but not deleted; exec/eval and imported modules get the builtins *dict* as
# __builtins__ (only __main__ holds the module).
import types
C = types.CellType
a, b, e = C(1), C(2), C()
print(a < b, a == C(1), e < a, a < e, e == C(), e <= e, a != b, a > e, e >= a)
try:
    print(hash(a))
except TypeError as ex:
    print("TypeError", ex)
try:
    a < C("x")
except TypeError as ex:
    print("TypeError", ex)
print(a == 1, (a < 1) if False else None)
def f(): pass
f.__dict__ = {"k": 1}
print(f.k, f.__dict__)
try:
    f.__dict__ = 3
except TypeError as ex:
    print("TypeError", ex)
try:
    del f.__dict__
except TypeError as ex:
    print("TypeError", ex)
g = {}
exec("x = 1", g)
print(type(g["__builtins__"]).__name__)
import json
print(type(json.__dict__["__builtins__"]).__name__)
print(type(__builtins__).__name__)
g2 = {}
eval("1", g2)
print(type(g2["__builtins__"]).__name__)
