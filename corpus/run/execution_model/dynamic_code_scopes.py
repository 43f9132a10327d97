# Code run by exec/eval sees the namespaces it is given, not the caller's enclosing function scope.
x = "global x"


def run():
    x = "local x"
    y = "only local"
    print(eval("x"))
    print(eval("x", globals()))
    try:
        exec("print(y)", {})
    except NameError as e:
        print("NameError:", e)
    exec("print(y)")
    ns = {}
    exec("def g():\n    return x", ns)
    try:
        ns["g"]()
    except NameError as e:
        print("NameError:", e)
    exec("def h():\n    return x", globals())
    return h()


print(run())
ns = {"value": 10}
exec("def closure():\n    v = value\n    return lambda: v\nfn = closure()", ns)
ns["value"] = 20
print(ns["fn"]())
code = compile("a = 1\nb = a + 1", "<dyn>", "exec")
loc = {}
exec(code, {}, loc)
print(loc)
print(eval("[z * 2 for z in range(w)]", {"w": 3}))
try:
    eval("[z * w for z in range(3)]", {}, {"w": 5})
except NameError as e:
    print("NameError (comprehension cannot see eval locals):", e)
