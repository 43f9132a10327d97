# Full try statement: else runs only without exception, finally always.
def attempt(action):
    log = []
    try:
        log.append("try")
        action()
    except (ValueError, TypeError) as e:
        log.append(f"except {type(e).__name__}")
    except ZeroDivisionError:
        log.append("except ZeroDivisionError")
    except Exception as e:
        log.append(f"generic {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(attempt(lambda: None))
print(attempt(lambda: int("x")))
print(attempt(lambda: 1 / 0))
print(attempt(lambda: [][0]))
print(attempt(lambda: None + 1))
try:
    attempt(lambda: exit(1))
except SystemExit:
    print("SystemExit passed through (only finally ran)")


def order_of_handlers():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError handler first"
    except KeyError:
        return "unreachable"


print(order_of_handlers())


def exception_in_else():
    try:
        pass
    except ValueError:
        return "not caught by sibling except"
    else:
        raise ValueError("raised in else")


try:
    exception_in_else()
except ValueError as e:
    print("propagated from else:", e)


def exception_in_except():
    try:
        raise KeyError
    except KeyError:
        raise TypeError("from handler")
    finally:
        print("  finally after failing handler")


try:
    exception_in_except()
except TypeError as e:
    print("caught", e, repr(e.__context__))
try:
    pass
finally:
    print("try/finally without except")
