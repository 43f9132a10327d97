# Errors of the import system: missing modules (message, name attribute), a submodule of a
# module that is not a package, relative imports without a package, None in sys.modules,
# `from m import missing`, and __import__'s argument checks.
import sys


def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e, "| name =", getattr(e, "name", "-"))


def imp(stmt):
    return lambda: exec(stmt, {"__name__": "scratch"})


show(imp("import no_such_module_xyz"))
show(imp("import no_such_pkg_xyz.sub"))
show(imp("import keyword.sub"))
show(imp("from keyword import no_such_name"))
show(imp("from . import x"))
show(imp("from .mod import x"))
show(lambda: exec("from . import x", {"__name__": "a", "__package__": ""}))
show(lambda: exec("from ... import x", {"__name__": "a.b", "__package__": "a.b"}))
show(lambda: __import__(""))
show(lambda: __import__("keyword", level=-1))
show(lambda: __import__(42))
sys.modules["blocked_mod"] = None
show(imp("import blocked_mod"))
del sys.modules["blocked_mod"]
show(imp("import blocked_mod"))
print(issubclass(ModuleNotFoundError, ImportError))
e = ModuleNotFoundError("custom", name="n", path="p")
print(e.msg, e.name, e.path, e.args)
import no_module_at_the_end
