# Packages and submodules from a directory put on sys.path: the order bodies run in, module
# attributes (__name__, __package__, __path__, __file__, __spec__), relative imports inside
# the package, `from package import submodule`, and sys.modules entries.
import sys

HERE = sys._getframe().f_code.co_filename.rpartition("/")[0]
HELPERS = HERE + "/helpers"
sys.path.insert(0, HELPERS)


def rel(path):
    return path.replace(HELPERS, "<helpers>") if isinstance(path, str) else path


import imp_pkg

print(imp_pkg.__name__, imp_pkg.__package__, imp_pkg.VALUE)
print(rel(imp_pkg.__file__))
print([rel(p) for p in imp_pkg.__path__])
print(imp_pkg.__spec__.name, imp_pkg.__spec__.parent, rel(imp_pkg.__spec__.origin))
print([rel(p) for p in imp_pkg.__spec__.submodule_search_locations])
print(imp_pkg.__spec__.has_location, type(imp_pkg.__loader__).__name__)
print(imp_pkg.__loader__.name, rel(imp_pkg.__loader__.path))

import imp_pkg.inner.deep

print(imp_pkg.inner.deep.LEVEL, imp_pkg.inner.deep.__package__)
print(imp_pkg.inner.deep.__spec__.parent, imp_pkg.inner.deep.__spec__.submodule_search_locations)
print(imp_pkg.sub.__spec__.parent)

from imp_pkg import sub as s2
from imp_pkg.inner import deep as d2

print(s2 is imp_pkg.sub, d2 is sys.modules["imp_pkg.inner.deep"])
print(sorted(k for k in sys.modules if k.startswith("imp_pkg")))

import imp_pkg.sub as alias

print(alias.twice(21), alias is s2)

import imp_ns.part.leaf

print(imp_ns.part.leaf.NAME, imp_ns.__file__, imp_ns.__spec__.origin)
print([rel(p) for p in imp_ns.__path__], [rel(p) for p in imp_ns.part.__path__])
print(imp_ns.part.leaf.__package__, imp_ns.__package__)

import imp_guarded

print(imp_guarded.greet())
import imp_selfreplace

print(imp_selfreplace, imp_selfreplace.answer)
