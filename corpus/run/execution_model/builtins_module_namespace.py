# The builtins module: adding names, shadowing, and what __builtins__ is in the main module.
import builtins

print(type(__builtins__).__name__, __builtins__ is builtins)
builtins.custom_helper = lambda: "added to builtins"
print(custom_helper())


def f():
    return custom_helper()


print(f())
del builtins.custom_helper
try:
    f()
except NameError as e:
    print("NameError:", e)
print(sorted(n for n in dir(builtins) if n.endswith("Error"))[:10])
print(len([n for n in dir(builtins) if not n.startswith("_")]) > 100, builtins.__name__)
print(all(hasattr(builtins, n) for n in ["print", "len", "range", "super", "object", "type", "Exception"]))
