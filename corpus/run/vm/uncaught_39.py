# An uncaught exception ends the program (traceback and exit status as CPython prints them).
f = lambda x: x.nope
f(3)
