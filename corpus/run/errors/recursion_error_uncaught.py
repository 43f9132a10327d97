# Uncaught RecursionError: the traceback collapses repeated frames.
def countdown(n):
    if n == -1:
        return "never reached"
    return countdown(n + 1)


print("starting")
countdown(0)
