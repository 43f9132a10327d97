# A circular `from ... import` of a name not yet defined: ImportError about a partially
# initialized module.
print("circ_from start")
try:
    from imp_circ_from2 import LATER
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
