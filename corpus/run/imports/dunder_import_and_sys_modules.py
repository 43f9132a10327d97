# `__import__` (top package vs. leaf with a fromlist), importlib.import_module, modules
# placed in sys.modules by hand, module objects made with types.ModuleType, and
# `__name__ == "__main__"`.
import sys
import types
import importlib

print(__name__, __package__, __spec__)
m = __import__("collections.abc")
print(m.__name__)
m = __import__("collections.abc", fromlist=["Sequence"])
print(m.__name__)
m = __import__("collections", globals(), None, ["abc"], 0)
print(m.__name__, m.abc.__name__)
print(importlib.import_module("collections.abc").__name__)
print(importlib.import_module("keyword").iskeyword("for"))
try:
    importlib.import_module(".abc")
except TypeError as e:
    print("TypeError:", e)
print(importlib.import_module(".abc", "collections").__name__)

fake = types.ModuleType("fake_mod", "A module made by hand.")
fake.answer = 42
sys.modules["fake_mod"] = fake
import fake_mod
from fake_mod import answer

print(fake_mod is fake, answer, fake_mod.__doc__)
print(repr(fake_mod))
del sys.modules["fake_mod"]
try:
    import fake_mod
except ImportError as e:
    print(type(e).__name__, e)

import keyword as kw, operator as op

print(kw.__name__, op.__name__, kw.__spec__.name, kw.__spec__.origin == kw.__file__)
print(kw.__spec__.parent == "", kw.__package__ == "")
print(type(kw.__loader__).__name__, kw.__loader__.is_package("keyword"))
print(sys.modules["keyword"] is kw, "keyword" in sys.modules)
import math, itertools

print(math.__name__, itertools.__spec__.name, sys.modules["math"] is math)
if __name__ == "__main__":
    print("main guard runs")
