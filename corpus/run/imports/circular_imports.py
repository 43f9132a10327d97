# Circular imports: the partially initialised module in sys.modules, attribute access on it,
# `from ... import` of a name it does not define yet, and a failing import that leaves
# sys.modules (so importing again runs the body again).
import sys

HELPERS = sys._getframe().f_code.co_filename.rpartition("/")[0] + "/helpers"
sys.path.insert(0, HELPERS)

import imp_circ_a

print(imp_circ_a.A_LATE, imp_circ_a.imp_circ_b.B_VALUE)
print("imp_circ_b" in sys.modules, sys.modules["imp_circ_b"].imp_circ_a is imp_circ_a)

try:
    import imp_circ_from
except ImportError as e:
    print("outer ImportError:", type(e).__name__, e.name, str(e).split(" (")[0])

for attempt in range(2):
    try:
        import imp_bad
    except ZeroDivisionError as e:
        print(attempt, "ZeroDivisionError:", e, "imp_bad" in sys.modules)
