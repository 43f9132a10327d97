# match statements inside loops with break/continue, in generators, and with captures used later.
def interpret(commands):
    stack = []
    for cmd in commands:
        match cmd.split():
            case ["push", value]:
                stack.append(int(value))
            case ["pop"]:
                stack.pop()
            case ["add"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ["skip"]:
                continue
            case ["stop"]:
                break
            case [op, *args]:
                stack.append(f"unknown {op} {args}")
    return stack


print(interpret(["push 1", "push 2", "add", "skip", "push 5", "bogus a b", "stop", "push 9"]))


def gen(items):
    for item in items:
        match item:
            case (k, v):
                yield f"{k}={v}"
            case str(s):
                yield s.upper()


print(list(gen([("a", 1), "b", 3, ("c", 2)])))


def capture_leak(v):
    match v:
        case [a, b]:
            pass
        case _:
            a = b = None
    return a, b


print(capture_leak([1, 2]), capture_leak(5))
