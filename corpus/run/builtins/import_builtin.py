# __import__ returns the top-level package unless fromlist is given.
m = __import__("math")
print(m.__name__, m.sqrt(4))
pkg = __import__("collections.abc")
print(pkg.__name__, hasattr(pkg, "abc"))
leaf = __import__("collections.abc", fromlist=["Iterable"])
print(leaf.__name__, leaf.Iterable.__name__)
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
import sys

print(sys.modules["math"] is m, "collections.abc" in sys.modules)
