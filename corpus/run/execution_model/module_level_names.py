# Module attributes visible to a running program.
print(__name__)
print(__doc__)
print(type(__builtins__).__name__ in ("module", "dict"))
print(__spec__)
print(__loader__ is not None)
print(__package__)
print(__file__.endswith("module_level_names.py"))
print(sorted(k for k in globals() if k.startswith("__")))
import sys

mod = sys.modules[__name__]
print(mod.__name__, type(mod).__name__)
mod.added_attribute = 3
print(added_attribute)
if __name__ == "__main__":
    print("running as main")
