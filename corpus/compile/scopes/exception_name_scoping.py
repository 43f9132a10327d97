# The except target is deleted after the handler; in closures it is a cell variable.
def handler_cleanup():
    e = "before"
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return str(err)


def handler_captured():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = lambda: exc
        value = saved()
    return repr(value)


def star_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        result = len(eg.exceptions)
    return result


print(handler_cleanup(), handler_captured(), star_handler())
