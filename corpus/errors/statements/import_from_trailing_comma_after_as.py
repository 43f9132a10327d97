from .. import (a, b,)
from x import a, b as c,
