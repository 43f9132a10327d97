# The private import modules the test suite's helpers import: _imp's queries and lock,
# importlib._bootstrap / _bootstrap_external, importlib.machinery's finder classes.
import _imp
import importlib._bootstrap
import importlib._bootstrap_external as ext
import importlib.machinery
import sys

print(_imp.lock_held(), _imp.is_builtin("sys"), _imp.is_builtin("no_such_module"))
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print("RuntimeError:", e)
print(_imp.is_frozen("no_such_module"), _imp.check_hash_based_pycs)
print(type(ext.MAGIC_NUMBER).__name__, len(ext.MAGIC_NUMBER))
print(ext.cache_from_source("/a/b/mod.py").startswith("/a/b/__pycache__/mod."))
print(isinstance(importlib.machinery.FileFinder, type), isinstance(importlib.machinery.PathFinder, type))
print("_imp" in sys.builtin_module_names)
