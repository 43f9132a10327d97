# signal.alarm and setitimer deliver SIGALRM; time.sleep runs the handler when the signal
# interrupts it and then sleeps on (PEP 475), or raises what the handler raised; the signal
# mask and pending set.
import signal
import time

got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(signal.Signals(s).name))
print(signal.alarm(0))
print(signal.alarm(5), signal.alarm(0) in (4, 5))
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
time.sleep(0.2)
print(got, time.monotonic() - start >= 0.19)
delay, interval = signal.getitimer(signal.ITIMER_REAL)
print(delay, interval)
old = signal.setitimer(signal.ITIMER_REAL, 10, 0.5)
print(old)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(0 < delay <= 10, interval)


class Timeout(Exception):
    pass


def boom(signum, frame):
    raise Timeout("alarm went off in " + frame.f_code.co_name)


def waits():
    time.sleep(5)


signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
try:
    waits()
except Timeout as e:
    print("Timeout:", e, time.monotonic() - start < 2)
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, OSError), e.errno)
print(issubclass(signal.ItimerError, OSError))

old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(old, signal.SIGUSR1 in signal.pthread_sigmask(signal.SIG_BLOCK, []))
got.clear()
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
signal.raise_signal(signal.SIGUSR1)
print(got, signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print(got, signal.sigpending())
for bad in ([0], [signal.NSIG], ["x"]):
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.pthread_sigmask(99, [])
except OSError as e:
    print(type(e).__name__, e.errno)

# A busy `while` loop sees the signal at its backward conditional jump.
signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
try:
    while n >= 0:
        n += 1
except Timeout as e:
    print("Timeout:", e)
signal.setitimer(signal.ITIMER_REAL, 0.05)
items = [None]
try:
    while items[-1] is None:
        pass
except Timeout as e:
    print("Timeout:", e)
