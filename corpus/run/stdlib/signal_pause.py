# signal.pause() sleeps until a signal is caught, and the handler runs before it returns (an
# exception from the handler comes out of pause()).
import signal

caught = []


def handler(signum, frame):
    caught.append(signum)


signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(signal.pause(), caught)


def raising(signum, frame):
    raise RuntimeError("from the handler")


signal.signal(signal.SIGALRM, raising)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    signal.pause()
except RuntimeError as e:
    print("RuntimeError:", e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
