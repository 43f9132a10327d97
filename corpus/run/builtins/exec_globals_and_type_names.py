# exec() with custom namespaces (a globals dict subclass with __getitem__ or __missing__, a
# builtins object of any type), compile() flag checking, and the checks type() and
# type.__name__ make on names and docstrings, as CPython 3.11 does them.
for bad in ['A\x00B', 'A\udcdcB', b'A']:
    try:
        type(bad, (), {})
    except Exception as e:
        print(type(e).__name__, e)
A = type('C', (), {})
for bad in ['A\x00B', 'A\udcdcB', b'A']:
    try:
        A.__name__ = bad
    except Exception as e:
        print(type(e).__name__, e)
print(A.__name__)
try:
    type('A', (), {'__doc__': 'x\udcdcy'})
except Exception as e:
    print(type(e).__name__, e)
print(type('A', (), {'__doc__': 'x\x00y'}).__doc__ == 'x\x00y')
for f in [0xff, 0x10, 0x8000, 0x400]:
    try:
        compile('1', 's', 'exec', f); print(hex(f), 'ok')
    except Exception as e:
        print(hex(f), type(e).__name__, e)
code = compile("print('Hello World!')", "", "exec")
for b in [{}, 123, None]:
    try:
        exec(code, {'__builtins__': b})
    except Exception as e:
        print(type(e).__name__, e)
class setonlyerror(Exception):
    pass
class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror
for src, g in [("globalname", setonlydict({'globalname': 1})), ("superglobal", {'__builtins__': setonlydict({'superglobal': 1})})]:
    try:
        exec(compile(src, "test", "exec"), g)
    except setonlyerror:
        print("setonlyerror", src)
class Missing(dict):
    def __missing__(self, key):
        return "missing:" + key
def f():
    return undefined_name
g = Missing(__builtins__=__builtins__)
exec("def f():\n    return undefined_name\nr = f()", g)
print(g.__getitem__("r") if "r" in g else "none")
try:
    exec("def f():\n    return undefined_name2\nprint(f())", Missing(__builtins__=__builtins__))
except Exception as e:
    print(type(e).__name__, e)
