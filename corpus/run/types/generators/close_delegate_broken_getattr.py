# Closing a generator suspended in `yield from` over an iterator whose close cannot be looked
# up (its __getattr__ fails) reports that failure as unraisable and still closes the generator;
# send() and throw() let the failure propagate.
import sys

sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, type(u.object).__name__)


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __getattr__(self, attr):
        1 / 0


def g():
    try:
        yield from Broken()
    finally:
        print("g finally")


for action in ("send", "throw", "close"):
    gi = g()
    next(gi)
    try:
        if action == "send":
            gi.send(1)
        elif action == "throw":
            gi.throw(AttributeError)
        else:
            print("close ->", gi.close())
    except ZeroDivisionError as e:
        print(action, "raised", e)
    print(action, gi.gi_frame is None)
