# __context__ is set implicitly, __cause__ by raise ... from, and from None suppresses context.
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")


def explicit():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("explicit") from z


def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("suppressed") from None


def unrelated_cause():
    raise KeyError("with cause") from ValueError("the cause")


for fn in (implicit, explicit, suppressed, unrelated_cause):
    try:
        fn()
    except KeyError as e:
        print(fn.__name__, repr(e), "cause=", repr(e.__cause__), "context=", repr(e.__context__),
              "suppress=", e.__suppress_context__)


e = ValueError("manual")
e.__cause__ = TypeError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise KeyError("x") from 5
except TypeError as err:
    print("TypeError:", err)


def nested_context():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
    except TypeError:
        raise IndexError("third")


try:
    nested_context()
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))


def context_cycle_avoided():
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise a
        except ValueError as again:
            return again.__context__


print(context_cycle_avoided())
