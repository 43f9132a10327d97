# types.FunctionType(code, globals, name, argdefs, closure): functions built from code objects, with
# func_new_impl's checks of each argument and the builtins found from the globals.
import types
def f(a, b=2):
    return a + b
def outer():
    x = 1
    def inner():
        return x
    return inner
inner = outer()
F = types.FunctionType
tests = [
    lambda: F(f.__code__, {}),
    lambda: F(f.__code__, {}, "g"),
    lambda: F(f.__code__, {}, "g", (5,)),
    lambda: F(f.__code__, {}, None, None, None),
    lambda: F(1, {}),
    lambda: F(f.__code__, 1),
    lambda: F(f.__code__, {}, 3),
    lambda: F(f.__code__, {}, None, [1]),
    lambda: F(f.__code__, {}, None, None, 5),
    lambda: F(f.__code__, {}, None, None, (1,)),
    lambda: F(inner.__code__, {}),
    lambda: F(inner.__code__, {}, None, None, 5),
    lambda: F(inner.__code__, {}, None, None, (1,)),
    lambda: F(inner.__code__, {}, None, None, ()),
    lambda: F(inner.__code__, {}, None, None, inner.__closure__),
    lambda: F(code=f.__code__, globals={"__name__": "mod"}),
    lambda: F(f.__code__, globals={}, argdefs=(1, 2)),
    lambda: F(f.__code__),
    lambda: F(),
    lambda: F(f.__code__, {}, None, None, None, 6),
    lambda: F(f.__code__, {}, bogus=1),
    lambda: F(f.__code__, {}, name="n", code=f.__code__),
]
for t in tests:
    try:
        g = t()
        print("ok", g.__name__, g.__qualname__, g.__module__, g.__defaults__, g.__closure__ is not None, g.__doc__, g.__kwdefaults__, g.__dict__)
        try:
            print("  call", g(1))
        except Exception as e:
            print("  call", type(e).__name__, e)
    except Exception as e:
        print(type(e).__name__, e)
class Sub:
    pass
try:
    class MyF(F):
        pass
except TypeError as e:
    print("TypeError", e)
g = F(f.__code__, {"__name__": "m2", "__builtins__": {"len": lambda x: 42}}, "gg")
print(sorted(g.__builtins__) if isinstance(g.__builtins__, dict) else "other")
h = F(compile("def q(): return len('abc')", "<s>", "exec").co_consts[0], {"__builtins__": {"len": lambda x: 42}})
print(h())
h2 = F(compile("def q(): return len('abc')", "<s>", "exec").co_consts[0], {})
print(h2())
# Globals without __builtins__: the function takes the running frame's builtins.
code = """
def func3(s): pass
func4 = type(func3)(func3.__code__, {})
"""
safe_builtins = {"None": None}
ns = {"type": type, "__builtins__": safe_builtins}
exec(code, ns)
print(ns["func3"].__builtins__ is safe_builtins, ns["func4"].__builtins__ is safe_builtins)
print("__builtins__" in ns["func4"].__globals__)
plain = types.FunctionType(f.__code__, {})
print(plain.__builtins__ is __builtins__.__dict__, plain(1, 2))
