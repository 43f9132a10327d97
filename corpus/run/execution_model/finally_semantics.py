# finally always runs; return/break/continue inside finally override pending exceptions.
def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")


def finally_sees_return_value():
    x = 1
    try:
        return x
    finally:
        x = 2


print(finally_overrides_return())
print(finally_swallows_exception())
print(order())
print(finally_sees_return_value())
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    finally:
        print("finally", i)
        if i == 1:
            break
print("after loop")
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        continue
print("continue in finally swallowed all three")


def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")


try:
    exc_in_finally()
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))


def nested():
    out = []
    try:
        try:
            out.append(1)
            raise KeyError
        finally:
            out.append(2)
    except KeyError:
        out.append(3)
    finally:
        out.append(4)
    return out


print(nested())
