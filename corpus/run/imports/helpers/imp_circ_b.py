# The other half: sees the partial `imp_circ_a` (A_EARLY set, A_LATE not yet).
print("circ_b start")
import imp_circ_a
print("circ_b sees", imp_circ_a.A_EARLY, hasattr(imp_circ_a, "A_LATE"))
B_VALUE = 42
