# An uncaught exception ends the program (traceback and exit status as CPython prints them).
class C:
    def __repr__(self):
        raise ValueError('repr failed')
print(C())
