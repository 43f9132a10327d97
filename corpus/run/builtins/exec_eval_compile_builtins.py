# exec(), eval() and compile(): modes, flags, namespaces and errors.
ns = {}
exec("x = 1\ny = x + 1\ndef f(): return x * 10", ns)
print(ns["y"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))
print(eval("x + y", ns), eval("[i * i for i in range(x + 3)]", ns))
print(eval("a * b", {"a": 3}, {"b": 4}), eval("__name__", {"__name__": "custom"}))
code = compile("print('compiled exec', z)", "<string>", "exec")
exec(code, {"z": 5})
expr = compile("z ** 2", "<expr>", "eval")
print(eval(expr, {"z": 7}), type(code).__name__, code.co_filename, expr.co_name)
single = compile("1 + 1", "<single>", "single")
exec(single)
print(eval(b"1 + 2"), exec("pass"), eval(" 3 "))
import ast

tree = compile("q = 9", "<ast>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
exec(compile(tree, "<ast>", "exec"), ns)
print(ns["q"])
for src, mode in [("1 +", "eval"), ("x = ", "exec"), ("return", "exec"), ("a = 1", "eval"), ("def f(:", "exec"),
                  ("1\n2", "single"), ("f(**x, *y)", "eval")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg, e.lineno, e.offset, e.filename)
try:
    compile("1", "<x>", "wrong")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("undefined_name_here")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise KeyError('inside exec')")
except KeyError as e:
    print("KeyError:", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("x = 1", [])
except TypeError as e:
    print("TypeError:", e)
print(eval("lambda: 1")(), compile("", "<empty>", "exec").co_name)
