# return from inside loops, with blocks, try/finally and match statements.
def in_nested_loops(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None


print(in_nested_loops([[1, 2], [3, 4]], 4), in_nested_loops([[1]], 9))


def in_match(cmd):
    match cmd:
        case ("add", a, b):
            return a + b
        case ("neg", a):
            return -a
    return "unknown"


print(in_match(("add", 2, 3)), in_match(("neg", 4)), in_match(("x",)))


def in_while_else(n):
    i = 0
    while i < n:
        if i == 3:
            return "found 3"
        i += 1
    else:
        return "loop finished"


print(in_while_else(10), in_while_else(2))


def early_exit_with_cleanup(items):
    result = []
    try:
        for item in items:
            if item is None:
                return result
            result.append(item)
    finally:
        result.append("cleanup")
    return result


print(early_exit_with_cleanup([1, None, 2]), early_exit_with_cleanup([1, 2]))
