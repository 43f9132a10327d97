# An uncaught exception ends the program (traceback and exit status as CPython prints them).
def gen():
    yield 1
    raise KeyError('in gen')
for x in gen():
    pass
