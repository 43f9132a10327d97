# return, break and continue crossing finally blocks and exception handlers.
def ret_in_try():
    try:
        return "try"
    finally:
        print("  finally runs before returning")


def ret_in_except():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("  finally after except return")


def ret_in_else():
    try:
        pass
    except Exception:
        pass
    else:
        return "else"
    finally:
        print("  finally after else return")


def finally_return_wins():
    try:
        raise KeyError("dropped")
    finally:
        return "finally wins"


print(ret_in_try(), ret_in_except(), ret_in_else(), finally_return_wins())


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 0:
                continue
            if i == 3:
                break
            out.append(i)
        except Exception:
            pass
        finally:
            out.append(f"f{i}")
    return out


print(loop_control())


def break_in_except():
    out = []
    for i in range(5):
        try:
            raise ValueError(i)
        except ValueError as e:
            out.append(e.args[0])
            if i == 2:
                break
            continue
        finally:
            out.append("fin")
    return out


print(break_in_except())


def nested_finally_return():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


print(nested_finally_return())


def while_with_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("  finally", n)


print(while_with_finally())
