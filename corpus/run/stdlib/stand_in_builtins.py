# Functions of the modules CPython writes in C are built-in functions: they do not bind when
# stored on a class, show as <built-in function ...>, pickle by name; `os.fdopen` and the
# tempfile openers share descriptors with `os.open`; `_thread.interrupt_main` runs the
# SIGINT handler.
import _thread
import io
import os
import pickle
import signal
import tempfile

print(os.close, type(os.unlink).__name__, open, io.open is open, os.getcwd.__module__)
print(pickle.loads(pickle.dumps(os.getpid)) is os.getpid)


class Holder:
    _close = os.close
    _unlink = os.unlink
    opener = open


fd, path = tempfile.mkstemp()
os.write(fd, b"written by os.write")
h = Holder()
h._close(fd)
with h.opener(path) as f:
    print(f.read())
h._unlink(path)
print(os.path.exists(path))

fd, path = tempfile.mkstemp(text=True)
with os.fdopen(fd, "w") as f:
    f.write("through fdopen")
with open(path) as f:
    print(f.read())
os.unlink(path)
with tempfile.NamedTemporaryFile("w+") as f:
    f.write("named")
    f.seek(0)
    print(f.read(), os.path.exists(f.name))
with tempfile.TemporaryFile("w+b") as f:
    f.write(b"anonymous")
    f.seek(0)
    print(f.read())
with tempfile.SpooledTemporaryFile(max_size=4, mode="w+") as f:
    f.write("spilled over")
    f.seek(0)
    print(f.read(), f._rolled)

try:
    _thread.interrupt_main()
    for _ in range(10):
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt from interrupt_main")
got = []
old = signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
_thread.interrupt_main(signal.SIGUSR1)
for _ in range(10):
    pass
print(got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGUSR1)
signal.signal(signal.SIGUSR1, old)
for bad in (-1, 0, 10000):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("ValueError", e)
