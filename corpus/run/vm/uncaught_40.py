# An uncaught exception ends the program (traceback and exit status as CPython prints them).
values = [1, 2, 0]
results = [10 // v for v in values]
