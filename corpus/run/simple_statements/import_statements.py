# Importing stdlib modules: import, import as, from-import, from-import as, submodules.
import math
import math as m
from math import pi, e as euler
from collections import OrderedDict as OD, namedtuple
import collections.abc
import string as strmod

print(math.floor(3.7), m is math, round(pi, 5), round(euler, 5))
print(OD([("b", 1), ("a", 2)]), namedtuple("P", "x y")(1, 2))
print(isinstance([], collections.abc.MutableSequence), strmod.digits)
print(type(math).__name__, math.__name__)
import sys

print("math" in sys.modules, sys.modules["math"] is math)


def local_import():
    import string
    from itertools import count
    return string.ascii_lowercase[:5], next(count(5))


print(local_import(), "string" in dir())
try:
    import no_such_module_anywhere
except ModuleNotFoundError as err:
    print("ModuleNotFoundError:", err, err.name)
try:
    from math import no_such_name
except ImportError as err:
    print("ImportError:", str(err).split(" (")[0], err.name)
print(__import__("math") is math, __import__("collections.abc").__name__)
