# An uncaught exception ends the program (traceback and exit status as CPython prints them).
def f():
    print(v)
    v = 2
f()
