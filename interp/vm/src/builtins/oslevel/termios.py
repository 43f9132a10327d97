# The `termios` module as Modules/termios.c behaves: terminal attributes as the 7-item list
# [iflag, oflag, cflag, lflag, ispeed, ospeed, cc], the tc* controls and the window size,
# over the `_n_*` helpers; failures are `termios.error(errno, strerror)`.

"""This module provides an interface to the Posix calls for tty I/O control.
For a complete description of these calls, see the Posix or Unix manual
pages. It is only available for those Unix versions that support Posix
termios style tty I/O control.

All functions in this module take a file descriptor fd as their first
argument. This can be an integer file descriptor, such as returned by
sys.stdin.fileno(), or a file object, such as sys.stdin itself."""


class error(Exception):
    pass


# The control-character count the native half was built with (NCCS).
_nccs = _NCCS
del _NCCS


error.__module__ = 'termios'


def _fd(obj):
    # PyObject_AsFileDescriptor, as fcntl's.
    if isinstance(obj, int):
        fd = int(obj)
    else:
        try:
            meth = obj.fileno
        except AttributeError:
            raise TypeError('argument must be an int, or have a fileno() method.') from None
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _call(f, *args):
    try:
        return f(*args)
    except OSError as e:
        raise error(e.errno, e.strerror) from None


def _int(v):
    if isinstance(v, int):
        return int(v)
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None


def tcgetattr(fd, /):
    """Get the tty attributes for file descriptor fd.

Returns a list [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]
where cc is a list of the tty special characters (each a string of
length 1, except the items with indices VMIN and VTIME, which are
integers when these fields are defined).  The interpretation of the
flags and the speeds as well as the indexing in the cc array must be
done using the symbolic constants defined in this module."""
    raw = _call(_n_tcgetattr, _fd(fd))
    cc = [bytes([c]) for c in raw[6]]
    # Outside canonical mode VMIN and VTIME are counts, not characters.
    if not raw[3] & ICANON:
        cc[VMIN] = raw[6][VMIN]
        cc[VTIME] = raw[6][VTIME]
    return [raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], cc]


def tcsetattr(fd, when, attributes, /):
    """Set the tty attributes for file descriptor fd.

The attributes to be set are taken from the attributes argument, which
is a list like the one returned by tcgetattr(). The when argument
determines when the attributes are changed: termios.TCSANOW to
change immediately, termios.TCSADRAIN to change after transmitting all
queued output, or termios.TCSAFLUSH to change after transmitting all
queued output and discarding all queued input."""
    fd = _fd(fd)
    when = _int(when)
    if not isinstance(attributes, list) or len(attributes) != 7:
        raise TypeError('tcsetattr, arg 3: must be 7 element list')
    # termios_tcsetattr_impl reads the current attributes first, so a non-terminal fails
    # before the list's contents are looked at.
    _call(_n_tcgetattr, fd)
    iflag, oflag, cflag, lflag, ispeed, ospeed = (_int(x) for x in attributes[:6])
    cc = attributes[6]
    if not isinstance(cc, list) or len(cc) != _nccs:
        raise TypeError('tcsetattr: attributes[6] must be %d element list' % _nccs)
    chars = []
    for c in cc:
        if isinstance(c, bytes) and len(c) == 1:
            chars.append(c[0])
        elif isinstance(c, int):
            chars.append(c & 0xFF)
        else:
            raise TypeError('tcsetattr: elements of attributes must be characters or integers')
    _call(_n_tcsetattr, fd, when, iflag, oflag, cflag, lflag, ispeed, ospeed, bytes(chars))


def tcsendbreak(fd, duration, /):
    """Send a break on file descriptor fd.

A zero duration sends a break for 0.25-0.5 seconds; a nonzero duration
has a system dependent meaning."""
    _call(_n_tc, 'tcsendbreak', _fd(fd), _int(duration))


def tcdrain(fd, /):
    """Wait until all output written to file descriptor fd has been transmitted."""
    _call(_n_tc, 'tcdrain', _fd(fd), 0)


def tcflush(fd, queue, /):
    """Discard queued data on file descriptor fd.

The queue selector specifies which queue: termios.TCIFLUSH for the input
queue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH for
both queues."""
    _call(_n_tc, 'tcflush', _fd(fd), _int(queue))


def tcflow(fd, action, /):
    """Suspend or resume input or output on file descriptor fd.

The action argument can be termios.TCOOFF to suspend output,
termios.TCOON to restart output, termios.TCIOFF to suspend input,
or termios.TCION to restart input."""
    _call(_n_tc, 'tcflow', _fd(fd), _int(action))


def tcgetwinsize(fd, /):
    """Get the tty winsize for file descriptor fd.

Returns a tuple (ws_row, ws_col)."""
    return _call(_n_getwinsize, _fd(fd))


def tcsetwinsize(fd, winsize, /):
    """Set the tty winsize for file descriptor fd.

The winsize to be set is taken from the winsize argument, which
is a two-item tuple (ws_row, ws_col) like the one returned by tcgetwinsize()."""
    fd = _fd(fd)
    try:
        rows, cols = winsize
    except (TypeError, ValueError):
        raise TypeError('tcsetwinsize, arg 2: must be a two-item sequence') from None
    _call(_n_setwinsize, fd, _int(rows), _int(cols))
