# raise with classes, instances, from, from None, and bare raise.
for make in (lambda: ValueError, lambda: ValueError("instance"), lambda: ValueError("a", "b")):
    try:
        raise make()
    except ValueError as e:
        print(repr(e), e.args)
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise RuntimeError("outer") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise IndexError from ValueError
except IndexError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise
except RuntimeError as e:
    print("bare raise without active exception:", e)


def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("  handling, then re-raising")
        raise


try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    raise TypeError("message") from TypeError("cause")
except TypeError as e:
    print(e, "<-", e.__cause__)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
saved = None
try:
    raise ValueError("saved")
except ValueError as e:
    saved = e
try:
    raise saved
except ValueError as e:
    print("raised again:", e is saved)
