# import statements of every form, at module level and inside functions and classes.
import math
import os.path
import collections.abc as cabc
from itertools import chain, count as counter
from functools import (
    reduce,
    partial,
)
from math import *


def local_imports():
    import string
    from operator import add as plus
    return string.digits, plus(1, 2)


class C:
    import json
    from json import dumps


print(math.pi, os.path.sep, cabc.Sized.__name__, list(chain("a", "b")), next(counter(5)), reduce(plus if False else (lambda a, b: a + b), [1, 2]),
      partial(pow, 2)(3), sqrt(4), local_imports(), C.dumps([1]), C.json.__name__)
