# Half of a circular import: `imp_circ_b` imports this module while it is partly run.
print("circ_a start")
A_EARLY = "early"
import imp_circ_b
A_LATE = "late"
print("circ_a end, b has", imp_circ_b.B_VALUE)
