# types.CodeType(...) and code.replace(...): code objects rebuilt field by field, with the localsplus
# merge of cell arguments and each check PyCode_NewWithPosOnlyArgs and _PyCode_Validate make.
import types
def f(a, b=2):
    c = a + b
    return c
def outer(p):
    x = 1
    def inner():
        return x + p
    return inner, x
co = f.__code__
C = types.CodeType
def args_of(c, **over):
    d = dict(argcount=c.co_argcount, posonlyargcount=c.co_posonlyargcount, kwonlyargcount=c.co_kwonlyargcount,
             nlocals=c.co_nlocals, stacksize=c.co_stacksize, flags=c.co_flags, codestring=c.co_code,
             constants=c.co_consts, names=c.co_names, varnames=c.co_varnames, filename=c.co_filename,
             name=c.co_name, qualname=c.co_qualname, firstlineno=c.co_firstlineno, linetable=c.co_linetable,
             exceptiontable=c.co_exceptiontable, freevars=c.co_freevars, cellvars=c.co_cellvars)
    d.update(over)
    return list(d.values())
def show(label, fn):
    try:
        r = fn()
        if isinstance(r, types.CodeType):
            print(label, "->", r.co_name, r.co_qualname, r.co_varnames, r.co_cellvars, r.co_freevars, r.co_nlocals, len(r.co_consts), r.co_names, r == co, r.co_flags)
        else:
            print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)
show("same", lambda: C(*args_of(co)))
show("eq", lambda: C(*args_of(co)) == co)
show("run", lambda: types.FunctionType(C(*args_of(co)), {})(3, 4))
show("consts", lambda: types.FunctionType(C(*args_of(co, constants=(None, 40))), {})(3, 4))
show("rep consts", lambda: types.FunctionType(co.replace(co_consts=(None, 50)), {})(3, 4))
show("rep names", lambda: co.replace(co_names=("zz",)))
show("rep varnames", lambda: co.replace(co_varnames=("x", "y", "z")))
show("rep varnames short", lambda: co.replace(co_varnames=("x",)))
show("rep nlocals", lambda: co.replace(co_nlocals=7))
show("rep code", lambda: co.replace(co_code=co.co_code))
show("rep code odd", lambda: co.replace(co_code=b"\x00"))
show("rep bad names", lambda: co.replace(co_names=(1,)))
show("rep bad names2", lambda: co.replace(co_names=[]))
show("rep exctable", lambda: co.replace(co_exceptiontable=b""))
show("rep freevars", lambda: co.replace(co_freevars=("q",)))
show("neg argcount", lambda: C(*args_of(co, argcount=-1)))
show("neg posonly", lambda: C(*args_of(co, posonlyargcount=-1)))
show("neg kwonly", lambda: C(*args_of(co, kwonlyargcount=-1)))
show("neg nlocals", lambda: C(*args_of(co, nlocals=-1)))
show("neg stack", lambda: C(*args_of(co, stacksize=-1)))
show("neg flags", lambda: C(*args_of(co, flags=-1)))
show("posonly>arg", lambda: C(*args_of(co, posonlyargcount=5)))
show("arg>vars", lambda: C(*args_of(co, argcount=5)))
show("bad code", lambda: C(*args_of(co, codestring="x")))
show("bad consts", lambda: C(*args_of(co, constants=[1])))
show("bad names", lambda: C(*args_of(co, names=["a"])))
show("bad names item", lambda: C(*args_of(co, names=(1,))))
show("bad filename", lambda: C(*args_of(co, filename=b"x")))
show("bad name", lambda: C(*args_of(co, name=1)))
show("bad lt", lambda: C(*args_of(co, linetable="x")))
show("bad int", lambda: C(*args_of(co, argcount="x")))
show("kw", lambda: C(*args_of(co)[:16], freevars=()))
show("few", lambda: C(*args_of(co)[:15]))
show("many", lambda: C(*args_of(co), ()))
inner, _ = outer(5)
ic = inner.__code__
show("inner", lambda: C(*args_of(ic)))
show("inner run", lambda: types.FunctionType(C(*args_of(ic)), {}, None, None, inner.__closure__)())
oc = outer.__code__
show("outer", lambda: C(*args_of(oc)))
show("outer run", lambda: types.FunctionType(C(*args_of(oc)), globals())(4)[0]())
show("outer cell", lambda: C(*args_of(oc, cellvars=("p", "x", "extra"))))
show("sub", lambda: type("X", (C,), {}))
def k():
    return 41
kc = k.__code__
show("k consts", lambda: (kc.co_consts, types.FunctionType(kc.replace(co_consts=(None, "forty-two")), {})()))
show("k names", lambda: types.FunctionType(C(*args_of(kc, name="renamed", qualname="Q.renamed")), {}).__qualname__)
show("k filename", lambda: kc.replace(co_filename="other.py", co_firstlineno=99).co_filename)
show("k nested", lambda: oc.replace(co_consts=oc.co_consts).co_consts[2].co_name)
show("k unknown", lambda: kc.replace(co_bogus=1))
show("k positional", lambda: kc.replace(1))
show("k bad bytes", lambda: kc.replace(co_code="x"))
show("k bad str", lambda: kc.replace(co_name=1))
show("k bad int", lambda: kc.replace(co_argcount=1.5))
