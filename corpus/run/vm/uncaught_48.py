# An uncaught exception ends the program (traceback and exit status as CPython prints them).
raise UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
