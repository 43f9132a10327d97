# An uncaught exception ends the program (traceback and exit status as CPython prints them).
def outer():
    def inner():
        raise RuntimeError('deep')
    inner()
outer()
