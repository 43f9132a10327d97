# return/break/continue inside finally blocks override pending exceptions and returns.
def return_overrides():
    try:
        return "try"
    finally:
        return "finally"


def return_swallows():
    try:
        raise ValueError
    finally:
        return "swallowed"


def break_in_finally():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return i


def continue_in_finally():
    count = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            count += 1
            continue
    return count


def nested():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        pass


print(return_overrides(), return_swallows(), break_in_finally(), continue_in_finally(), nested())
