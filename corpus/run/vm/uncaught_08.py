# An uncaught exception ends the program (traceback and exit status as CPython prints them).
assert 1 + 1 == 3, 'bad math'
