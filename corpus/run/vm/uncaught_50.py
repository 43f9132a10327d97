# An uncaught exception ends the program (traceback and exit status as CPython prints them).
class E(Exception):
    pass
raise E('custom', 2)
