# sys.exc_info() inside nested handlers, generators and after handlers finish.
import sys


def show(label):
    t, v, tb = sys.exc_info()
    print(f"  {label}: {t.__name__ if t else None} {v!r}")


show("top")
try:
    raise ValueError("outer")
except ValueError:
    show("in outer handler")
    try:
        raise KeyError("inner")
    except KeyError:
        show("in inner handler")
    show("back in outer handler")
show("after handlers")


def gen():
    show("generator start")
    yield
    show("generator resumed")
    yield


g = gen()
try:
    raise TypeError("active while starting generator")
except TypeError:
    next(g)
next(g)


def f():
    show("in function called from handler")


try:
    raise IndexError("i")
except IndexError:
    f()
try:
    try:
        raise OSError("o")
    finally:
        show("in finally while exception propagates")
except OSError:
    show("caught OSError")
show("end")
