# An uncaught exception ends the program (traceback and exit status as CPython prints them).
x = [1, 2, 3]
print(x[10])
