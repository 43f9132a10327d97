# Global and builtin name lookups stay right through every way their tables change: values
# rebound in a loop, names deleted and re-added, builtins shadowed and unshadowed, builtins
# replaced, and one code object run against several globals dicts.
import builtins

total = 0
for i in range(5):
    total += i
    counter = i * 2
print(total, counter)


def read():
    return value, len("abc")


value = 1
print(read())
value = "two"
print(read())
del value
try:
    read()
except NameError as e:
    print("NameError:", e)
value = 3.0
print(read())


def shadow():
    return len([1, 2, 3])


print(shadow())
len = lambda x: "shadowed"
print(shadow())
del len
print(shadow())
original = builtins.len
builtins.len = lambda x: "replaced builtin"
print(shadow())
builtins.len = original
print(shadow())

code = compile("result = (x, abs(-x), missing if flag else None)", "<g>", "exec")
for x in (1, 2):
    env = {"x": x, "flag": False}
    exec(code, env)
    print(env["result"])
env = {"x": 5, "flag": True, "missing": "found"}
exec(code, env)
print(env["result"])
env = {"x": 6, "flag": True}
try:
    exec(code, env)
except NameError as e:
    print("NameError:", e)
env = {"x": 7, "flag": False, "abs": lambda v: "own abs"}
exec(code, env)
print(env["result"])


def many():
    return [name for name in (int, str, many)] + [G1, G2]


for step in range(3):
    globals()["G" + str(step)] = step
    globals()["G2"] = -step
    print(many()[-2:], sorted(k for k in globals() if k.startswith("G")))
globals().clear() if False else None
print(read.__globals__ is globals())
