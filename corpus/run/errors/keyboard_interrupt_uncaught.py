# An uncaught KeyboardInterrupt prints its traceback, runs the atexit functions, and the process
# then ends by SIGINT (exit_sigint), which the harness sees as status -2.
import atexit

atexit.register(lambda: print("atexit ran"))


def work(n):
    if n == 0:
        raise KeyboardInterrupt
    return work(n - 1)


print("start")
work(3)
