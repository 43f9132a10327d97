# An uncaught exception ends the program (traceback and exit status as CPython prints them).
a = {'x': {'y': [1, 2]}}
print(a['x']['y'][5])
