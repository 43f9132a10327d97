# An uncaught exception ends the program (traceback and exit status as CPython prints them).
e = ValueError('noted')
e.add_note('first note')
e.add_note('second')
raise e
