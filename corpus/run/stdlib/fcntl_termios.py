import fcntl
import io
import os
import tempfile
import termios


def show(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)


r, w = os.pipe()
fd, path = tempfile.mkstemp()

# fcntl: flags and descriptor flags on a pipe, argument forms and errors.
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print(flags & os.O_ACCMODE == os.O_RDONLY, bool(flags & os.O_NONBLOCK))
fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK)
print(bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))
fcntl.fcntl(w, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print(fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
show('bytes arg', fcntl.fcntl, r, fcntl.F_GETFD, b'abc')
show('str arg', fcntl.fcntl, r, fcntl.F_GETFD, 'ab')
show('float arg', fcntl.fcntl, r, fcntl.F_GETFD, 1.5)
show('negative fd', fcntl.fcntl, -1, fcntl.F_GETFL)
show('str fd', fcntl.fcntl, 'x', 1)
show('bad fd', fcntl.fcntl, 999, fcntl.F_GETFD)
show('no cmd', fcntl.fcntl, r)
show('too long', fcntl.fcntl, r, fcntl.F_GETFD, b'x' * 1025)
show('stringio', fcntl.fcntl, io.BytesIO(), 1)
with open(path, 'rb') as f:
    show('file object', lambda: fcntl.fcntl(f, fcntl.F_GETFL) & os.O_ACCMODE)

# ioctl: FIONREAD counts what is waiting in the pipe.
os.write(w, b'hello')
buf = bytearray(4)
show('ioctl mutate', fcntl.ioctl, r, termios.FIONREAD, buf)
print(int.from_bytes(buf, 'little'))
show('ioctl bytes', lambda: int.from_bytes(fcntl.ioctl(r, termios.FIONREAD, b'\0' * 4), 'little'))
show('ioctl no mutate', lambda: fcntl.ioctl(r, termios.FIONREAD, bytearray(4), False))
show('ioctl tty on pipe', fcntl.ioctl, r, termios.TIOCGWINSZ, b'12345678')

# flock / lockf on a regular file.
show('flock ex', fcntl.flock, fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
show('flock un', fcntl.flock, fd, fcntl.LOCK_UN)
for cmd in [fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_UN, fcntl.LOCK_EX | fcntl.LOCK_NB, 0, 4]:
    show('lockf %d' % cmd, fcntl.lockf, fd, cmd)
show('lockf range', fcntl.lockf, fd, fcntl.LOCK_EX, 10, 5, 0)
show('lockf write on read end', fcntl.lockf, r, fcntl.LOCK_EX)
print(fcntl.LOCK_UN, fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.F_GETFL, fcntl.F_SETLK)

# termios on a pipe: every call fails as on any non-terminal.
for name, args in [('tcgetattr', (r,)), ('tcsetattr', (r, termios.TCSANOW, [0] * 7)),
                   ('tcsetattr', (r, termios.TCSANOW, [])), ('tcsetattr', (r, 0, 5)),
                   ('tcdrain', (r,)), ('tcflush', (r, termios.TCIFLUSH)),
                   ('tcflow', (r, termios.TCOON)), ('tcsendbreak', (r, 0)),
                   ('tcgetwinsize', (r,)), ('tcsetwinsize', (r, (24, 80))),
                   ('tcsetwinsize', (r, 5)), ('tcgetattr', ('a',)), ('tcgetattr', (-3,))]:
    show(name, getattr(termios, name), *args)
try:
    termios.tcgetattr(r)
except termios.error as e:
    print(type(e).__mro__, e.args)
print(termios.B38400, termios.ICANON, termios.VMIN, termios.TCSANOW, termios.NCCS, termios.CINTR)
print(len([n for n in dir(termios) if n.isupper()]), len([n for n in dir(fcntl) if n.isupper()]))

for x in (r, w, fd):
    os.close(x)
os.unlink(path)
