# The name bound by 'except ... as e' is deleted at the end of the handler.
e = "outer value"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)


def in_function():
    try:
        raise KeyError(1)
    except KeyError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    return repr(saved)


print(in_function())


def nested_handlers():
    try:
        raise ValueError("outer")
    except ValueError as e:
        try:
            raise TypeError("inner")
        except TypeError as e2:
            print("  inner handler", e2)
        print("  outer handler still has", e)


nested_handlers()
import sys

print(sys.exc_info())
try:
    raise RuntimeError("in flight")
except RuntimeError:
    info = sys.exc_info()
    print(info[0].__name__, info[1], info[2] is not None)
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
