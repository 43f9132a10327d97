# import binding rules: dotted imports bind the top package, from-imports bind the leaf.
import collections.abc
import json.decoder as dec
from collections import abc as abc_alias, OrderedDict
from os import path as p

print(collections.__name__, collections.abc.__name__, dec.__name__, abc_alias is collections.abc, OrderedDict.__name__)
print(p.basename("/a/b/c.txt"), p.splitext("x.tar.gz"))
import sys

print("json" in sys.modules, "json.decoder" in sys.modules, "json" in dir(), "dec" in dir())


def scoped():
    import itertools as it
    from functools import reduce
    return sorted(n for n in locals())


print(scoped())


class Holder:
    import math
    from math import pi as PI


print(Holder.math.sqrt(9), Holder.PI, "math" in dir())
mod = __import__("collections.abc", fromlist=["Mapping"])
print(mod.__name__, mod.Mapping.__name__)
