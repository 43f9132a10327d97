# An uncaught exception ends the program (traceback and exit status as CPython prints them).
try:
    1 / 0
except ZeroDivisionError as e:
    raise ValueError('cause') from e
