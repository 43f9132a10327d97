# An uncaught exception ends the program (traceback and exit status as CPython prints them).
def f(*, k):
    pass
f(1)
