# Uncaught RecursionError through two mutually recursive functions (low limit keeps the traceback short).
import sys

sys.setrecursionlimit(40)
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


print("ping-pong")
ping(0)
