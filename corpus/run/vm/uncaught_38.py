# An uncaught exception ends the program (traceback and exit status as CPython prints them).
class Meta(type):
    pass
class K(metaclass=Meta):
    x = 1 / 0
