# Imported by imp_circ_from; imports a name from it that does not exist yet.
from imp_circ_from import NOT_YET
LATER = 1
