# An exception reported as unraisable that never passed through a Python frame (a generator
# ignoring GeneratorExit when it is dropped) gets a traceback entry for the running frame.
import sys


def report(u):
    tb = u.exc_traceback
    print(u.exc_type.__name__, u.exc_value)
    print(tb is not None and tb.tb_frame.f_code.co_name, tb and tb.tb_lineno, tb and tb.tb_next)


sys.unraisablehook = report


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def drop_it():
    g = stubborn()
    next(g)
    del g
    print("dropped")


drop_it()


class Del:
    def __del__(self):
        raise ValueError("from __del__")


def drop_del():
    d = Del()
    del d


drop_del()
print("end")
