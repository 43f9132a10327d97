# An uncaught exception ends the program (traceback and exit status as CPython prints them).
d = {'a': 1}
print(d['b'])
