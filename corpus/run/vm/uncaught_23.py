# An uncaught exception ends the program (traceback and exit status as CPython prints them).
'abc'.index('z')
