# importlib.util by hand: find_spec for modules imported or not (relative names, built-in
# modules, missing ones, a parent that is not a package), resolve_name, and loading a file
# with spec_from_file_location + module_from_spec + loader.exec_module.
import importlib
import importlib.machinery
import importlib.util
import sys

HERE = sys._getframe().f_code.co_filename.rpartition("/")[0]
HELPERS = HERE + "/helpers"
sys.path.insert(0, HELPERS)


def rel(path):
    return path.replace(HELPERS, "<helpers>") if isinstance(path, str) else path


spec = importlib.util.find_spec("imp_pkg")
print(spec.name, rel(spec.origin), [rel(p) for p in spec.submodule_search_locations])
print("imp_pkg" in sys.modules, spec.parent, spec.has_location, type(spec.loader).__name__)
print(rel(spec.loader.get_filename()), spec.loader.is_package("imp_pkg"))
code = spec.loader.get_code("imp_pkg")
print(type(code).__name__, rel(code.co_filename), code.co_name)

sub = importlib.util.find_spec(".sub", "imp_pkg")
print(sub.name, rel(sub.origin), sub.submodule_search_locations, "imp_pkg" in sys.modules)
print(importlib.util.find_spec("no_such_module_here"))
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("builtins").name)
print(importlib.util.find_spec("imp_pkg") is sys.modules["imp_pkg"].__spec__)
for name in ["..x", ".y", "z"]:
    print(name, importlib.util.resolve_name(name, "a.b.c"))
for bad in [("..x", None), ("....x", "a.b")]:
    try:
        importlib.util.resolve_name(*bad)
    except ImportError as e:
        print("ImportError:", e)
try:
    importlib.util.find_spec("imp_guarded.q")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)

loc = HELPERS + "/imp_guarded.py"
spec = importlib.util.spec_from_file_location("loaded_by_hand", loc)
print(spec.name, rel(spec.origin), spec.submodule_search_locations, spec.has_location)
module = importlib.util.module_from_spec(spec)
print("loaded_by_hand" in sys.modules, module.__name__, rel(module.__file__))
spec.loader.exec_module(module)
print(sorted(k for k in vars(module) if not k.startswith("__")))
print(importlib.util.spec_from_file_location("x", HELPERS + "/data.txt"))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.import_module("imp_pkg.sub").__name__)
