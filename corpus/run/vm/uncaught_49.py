# An uncaught exception ends the program (traceback and exit status as CPython prints them).
class E(Exception):
    def __str__(self):
        return ''
raise E()
