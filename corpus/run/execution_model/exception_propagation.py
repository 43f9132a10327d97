# Exceptions unwind through frames until a matching handler; finally blocks run on the way.
def level3(n):
    print("  level3 start")
    if n == 0:
        raise ValueError("bad n")
    return 10 // n


def level2(n):
    try:
        return level3(n)
    finally:
        print("  level2 finally")


def level1(n):
    try:
        return level2(n)
    except KeyError:
        print("  never: wrong type")
    finally:
        print("  level1 finally")


print(level1(5))
try:
    level1(0)
except ValueError as e:
    print("caught at top:", e)
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(frames)


def handler_reraises():
    try:
        {}["missing"]
    except KeyError as e:
        print("  handling", repr(e))
        raise


try:
    handler_reraises()
except LookupError as e:
    print("outer caught", type(e).__name__, e.args)


def converts():
    try:
        int("x")
    except ValueError:
        raise TypeError("converted")


try:
    converts()
except TypeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__, e.__suppress_context__)
