# relative imports with every level, including tokens tokenised as '...'
from . import x
from . import (a, b as c)
from .. import y
from .mod import name
from ..pkg.mod import name as alias
from ... import z
from ...pkg import z2
from .... import w
from ....a.b import c2
from ..... import v
from .. a import *
from .a import *
from . a . b import c3
