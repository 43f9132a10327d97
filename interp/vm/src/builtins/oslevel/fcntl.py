# The `fcntl` module as Modules/fcntlmodule.c behaves: `fcntl` and `ioctl` with an integer or
# a buffer argument, `flock`, and `lockf` made of `fcntl(F_SETLK[W])` with a `struct flock`;
# the calls are the `_n_*` helpers, the constants the platform's.

"""This module performs file control and I/O control on file
descriptors.  It is an interface to the fcntl() and ioctl() Unix
routines.  File descriptors can be obtained with the fileno() method of
a file or socket object."""

import sys


def _fd(obj):
    # PyObject_AsFileDescriptor: an int, or the result of fileno().
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


def _count(fname, args, lo, hi):
    if len(args) < lo:
        raise TypeError('%s expected at least %d argument%s, got %d'
                        % (fname, lo, '' if lo == 1 else 's', len(args)))
    if len(args) > hi:
        raise TypeError('%s expected at most %d arguments, got %d' % (fname, hi, len(args)))


def _int(v):
    if isinstance(v, int):
        return int(v)
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None


def _wrap(v, bits):
    # The C argument is an unsigned/native word: larger Python ints wrap as a C cast would.
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >= 1 << (bits - 1) else v


def _buffer(arg):
    if isinstance(arg, str):
        return arg.encode('utf-8')
    if isinstance(arg, (bytes, bytearray, memoryview)):
        return bytes(arg)
    return None


def fcntl(*args):
    """Perform the operation `cmd` on file descriptor fd.

The values used for `cmd` are operating system dependent, and are available
as constants in the fcntl module, using the same names as used in
the relevant C header files.  The argument arg is optional, and
defaults to 0; it may be an int or a string.  If arg is given as a string,
the return value of fcntl is a string of that length, containing the
resulting value put in the arg buffer by the operating system.  The length
of the arg string is not allowed to exceed 1024 bytes.  If the arg given
is an integer or if none is specified, the result value is an integer
corresponding to the return value of the fcntl call in the C code."""
    _count('fcntl', args, 2, 3)
    fd = _fd(args[0])
    cmd = _int(args[1])
    arg = args[2] if len(args) > 2 else 0
    sys.audit('fcntl.fcntl', fd, cmd, arg)
    data = _buffer(arg)
    if data is not None:
        if len(data) > 1024:
            raise ValueError('fcntl string arg too long')
        return _n_fcntl_buf(fd, cmd, data)
    return _n_fcntl_int(fd, cmd, _wrap(_int(arg), 64))


def ioctl(*args):
    """Perform the operation `request` on file descriptor `fd`.

The values used for `request` are operating system dependent, and are available
as constants in the fcntl or termios library modules, using the same names as
used in the relevant C header files."""
    _count('ioctl', args, 2, 4)
    fd = _fd(args[0])
    request = _int(args[1]) & 0xFFFFFFFF
    arg = args[2] if len(args) > 2 else 0
    mutate = args[3] if len(args) > 3 else True
    sys.audit('fcntl.ioctl', fd, request, arg)
    if isinstance(arg, bytearray) or (isinstance(arg, memoryview) and not arg.readonly):
        if len(arg) > 1024 and not mutate:
            raise ValueError('ioctl string arg too long')
        ret, out = _n_ioctl_buf(fd, request, bytes(arg))
        if mutate:
            arg[:] = out
            return ret
        return out
    data = _buffer(arg)
    if data is not None:
        if len(data) > 1024:
            raise ValueError('ioctl string arg too long')
        return _n_ioctl_buf(fd, request, data)[1]
    return _n_ioctl_int(fd, request, _wrap(_int(arg), 64))


def flock(fd, operation, /):
    """Perform the lock operation `operation` on file descriptor `fd`.

See the Unix manual page for flock(2) for details (On some systems, this
function is emulated using fcntl())."""
    fd = _fd(fd)
    operation = _int(operation)
    sys.audit('fcntl.flock', fd, operation)
    _n_flock(fd, operation)


def lockf(fd, cmd, len=0, start=0, whence=0, /):
    """A wrapper around the fcntl() locking calls.

`fd` is the file descriptor of the file to lock or unlock, and operation is one
of the following values:

    LOCK_UN - unlock
    LOCK_SH - acquire a shared lock
    LOCK_EX - acquire an exclusive lock

When operation is LOCK_SH or LOCK_EX, it can also be bitwise ORed with
LOCK_NB to avoid blocking on lock acquisition.  If LOCK_NB is used and the
lock cannot be acquired, an OSError will be raised and the exception will
have an errno attribute set to EACCES or EAGAIN (depending on the operating
system -- for portability, check for either value).

`len` is the number of bytes to lock, with the default meaning to lock to
EOF.  `start` is the byte offset, relative to `whence`, to that the lock
starts.  `whence` is as with fileobj.seek(), specifically:

    0 - relative to the start of the file (SEEK_SET)
    1 - relative to the current buffer position (SEEK_CUR)
    2 - relative to the end of the file (SEEK_END)"""
    fd = _fd(fd)
    code = _int(cmd)
    len_, start, whence = _int(len), _int(start), _int(whence)
    sys.audit('fcntl.lockf', fd, code, len_, start, whence)
    # fcntl_lockf_impl: the lock kind from the LOCK_* bits; anything else is EINVAL.
    if code == LOCK_UN:
        kind = F_UNLCK
    elif code & LOCK_SH:
        kind = F_RDLCK
    elif code & LOCK_EX:
        kind = F_WRLCK
    else:
        raise ValueError('unrecognized lockf argument')
    _n_lockrange(fd, not (code & LOCK_NB), kind, start, len_, whence)
