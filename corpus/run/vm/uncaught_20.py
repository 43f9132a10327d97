# An uncaught exception ends the program (traceback and exit status as CPython prints them).
def f():
    x = 1
    def g():
        return y
    return g()
f()
