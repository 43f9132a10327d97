# signal.signal / getsignal / raise_signal run Python handlers; SIGINT starts with
# default_int_handler, which raises KeyboardInterrupt.
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
got = []


def handler(signum, frame):
    got.append(signal.Signals(signum).name)


old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.SIGTERM, int(signal.SIGINT), signal.Signals.SIGUSR2.value)
print(signal.SIGINT in signal.valid_signals())
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print(e)
