# An uncaught exception ends the program (traceback and exit status as CPython prints them).
int.__add__('a', 1)
