# An uncaught exception ends the program (traceback and exit status as CPython prints them).
result = {
  'k': 1 / 0,
}
