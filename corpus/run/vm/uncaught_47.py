# An uncaught exception ends the program (traceback and exit status as CPython prints them).
raise OSError(2, 'No such file or directory', 'foo.txt')
