# An uncaught exception ends the program (traceback and exit status as CPython prints them).
def rec(n):
    if n == 0:
        raise ValueError('bottom')
    rec(n - 1)
rec(50)
