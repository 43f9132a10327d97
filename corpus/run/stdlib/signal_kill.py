# os.kill to this process runs the Python handler before os.kill returns (CPython checks
# signals right after kill(2)); os.kill's argument errors; signal 0 probes a process.
import os
import signal

got = []


def handler(signum, frame):
    got.append((signal.Signals(signum).name, frame is not None))


signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGUSR2, handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
os.kill(os.getpid(), signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
print(os.kill(os.getpid(), 0))
for args in [(2**40, 0), (os.getpid(), 2**70), (1.5, 0), ("1", 0)]:
    try:
        os.kill(*args)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.kill(os.getpid(), 12345)
except OSError as e:
    print(type(e).__name__, e.errno)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print(len(got), signal.getsignal(signal.SIGUSR1))
try:
    os.killpg(os.getpgrp(), 12345)
except OSError as e:
    print("killpg", type(e).__name__, e.errno)
import os
print(os.getsid(0) == os.getsid(os.getpid()) > 0)
try:
    os.getpgid(999999)
except OSError as e:
    print(type(e).__name__, e)
print(os.getpgrp() == os.getpgid(0) == os.getpgid(os.getpid()))
