# identifiers starting with underscore
_ = 1
__ = 2
_x = 3
__init__ = 4
_é = 5
_1 = 6
