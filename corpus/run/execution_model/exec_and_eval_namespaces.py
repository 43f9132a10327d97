# exec/eval with explicit globals and locals dictionaries.
g = {"a": 2}
exec("b = a * 3", g)
print(g["b"], "__builtins__" in g)
loc = {}
exec("c = 10\nd = c + 1", {}, loc)
print(loc)
print(eval("a + b", g))
print(eval("x * y", {}, {"x": 3, "y": 4}))
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("abs(-1)", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
code = compile("r = [i * i for i in range(n)]", "<gen>", "exec")
ns = {"n": 4}
exec(code, ns)
print(ns["r"])
print(eval(compile("1 + 2", "<e>", "eval")))
single = compile("z = 5", "<s>", "single")
exec(single, ns)
print(ns["z"])


def fn():
    local_var = 1
    exec("local_var = 2")
    return local_var


print(fn())


def fn2():
    d = {}
    exec("q = 9", globals(), d)
    return d["q"]


print(fn2())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    exec("return 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("  7  "), eval("(lambda: 8)()"))
