# An uncaught exception ends the program (traceback and exit status as CPython prints them).
def f(a, b, c):
    pass
f(1)
