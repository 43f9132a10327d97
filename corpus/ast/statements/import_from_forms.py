# from-import forms
from os import path
from os import path as p
from os.path import join, split as sp
from collections import (
    OrderedDict,
    defaultdict as dd,
    namedtuple,
)
from typing import (Any)
from a.b.c.d import e
from json import *
from   x . y   import   z
