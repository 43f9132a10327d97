# An uncaught exception ends the program (traceback and exit status as CPython prints them).
def f(a):
    return a + 1
f('s')
