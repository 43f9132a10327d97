# An uncaught exception ends the program (traceback and exit status as CPython prints them).
[].sort(key=len) or sorted([1, 'a'])
