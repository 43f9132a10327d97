# The symtable module over _symtable: block kinds, scopes, flags, children, namespaces, and
# the errors the symbol table raises.
import symtable
import _symtable

src = '''
import os
from sys import path as p
x = 1
y: int = 2
def outer(a, b=2, *args, k, **kw):
    global x
    z = a + x
    def inner():
        nonlocal z
        z += 1
        return z, b
    lam = lambda q: q + z
    return [i * z for i in range(3)], inner, lam
class C(Base):
    attr = 1
    __priv = 2
    def method(self):
        return super().method() + self.__priv
async def co():
    await thing
    async for v in aiter():
        yield v
'''
top = symtable.symtable(src, "mod.py", "exec")
def show(t, depth=0):
    pad = "  " * depth
    print(pad + f"{t.get_type()} {t.get_name()} line={t.get_lineno()} nested={t.is_nested()} "
          f"optimized={t.is_optimized()} children={t.has_children()}")
    for name in t.get_identifiers():
        s = t.lookup(name)
        print(pad + "  " + name, [f for f in ("referenced", "imported", "parameter", "global",
              "nonlocal", "declared_global", "local", "annotated", "free", "assigned",
              "namespace") if getattr(s, "is_" + f)()])
    if isinstance(t, symtable.Function):
        print(pad + "  params", t.get_parameters(), "locals", t.get_locals(),
              "globals", t.get_globals(), "nonlocals", t.get_nonlocals(), "frees", t.get_frees())
    if isinstance(t, symtable.Class):
        print(pad + "  methods", t.get_methods())
    for c in t.get_children():
        show(c, depth + 1)
show(top)
print(sorted(k for k in vars(_symtable) if not k.startswith("_")))
print({k: v for k, v in vars(_symtable).items() if k.isupper()})
print(type(top._table).__name__, repr(top._table).split("(")[0])
print(len({c.get_id() for c in top.get_children()}) == len(top.get_children()))
print(top.lookup("outer").get_namespace().get_name())
for mode, text in (("eval", "a + b"), ("single", "x = 1\n")):
    t = symtable.symtable(text, "s", mode)
    print(mode, t.get_type(), sorted(t.get_identifiers()))
for bad in ("def f(:\n", "def f():\n    nonlocal q\n", "x = 1\nglobal x\n",
            "def f(a, a): pass\n", "return 1\n"):
    try:
        symtable.symtable(bad, "bad.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    _symtable.symtable("x", "f", "nope")
except ValueError as e:
    print("ValueError", e)
try:
    _symtable.symtable(3, "f", "exec")
except TypeError as e:
    print("TypeError", e)
print(symtable.symtable(b"# coding: latin-1\nv = 1\n", b"b.py", "exec").get_identifiers())
import pathlib, warnings
print(symtable.symtable("v = 1", pathlib.PurePath("p.py"), "exec").get_identifiers())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    symtable.symtable("pass", memoryview(b"spam"), "exec")
    print([str(x.message) for x in w])
try:
    symtable.symtable("pass", [1], "exec")
except TypeError as e:
    print("TypeError", e)
