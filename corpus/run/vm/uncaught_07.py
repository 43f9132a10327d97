# An uncaught exception ends the program (traceback and exit status as CPython prints them).
def g():
    return 1 / 0
def h():
    return g() * 2
h()
