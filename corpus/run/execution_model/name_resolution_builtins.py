# LEGB: local, enclosing, global, builtins; shadowing builtins and restoring them.
print(len("abc"))
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))


def uses_max():
    return max([3, 1, 2])


max = min
print(uses_max())
del max
print(uses_max())
import builtins

print(builtins.len is len, builtins.abs(-3))
original = builtins.print
builtins_print_calls = []


def fake_print(*args, **kw):
    builtins_print_calls.append(args)
    original("[fake]", *args, **kw)


builtins.print = fake_print
print("through builtins module")
builtins.print = original
print(builtins_print_calls)


def enclosing_beats_global():
    sorted = lambda x: "enclosing sorted"

    def inner():
        return sorted([2, 1])

    return inner()


print(enclosing_beats_global())
print(sorted([2, 1]))
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
g = globals()
g["injected"] = "via globals()"
print(injected)
try:
    del undefined_global
except NameError as e:
    print("NameError:", e)
