# The `pwd` module as Modules/pwdmodule.c behaves: `struct_passwd` records for the password
# database's entries, looked up over the `_n_*` helpers (which answer raw bytes, decoded
# here with the file-system encoding's `surrogateescape` as CPython decodes them).

"""This module provides access to the Unix password database.
It is available on all Unix versions.

Password database entries are reported as 7-tuples containing the following
items from the password database (see `<pwd.h>'), in order:
pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.
The uid and gid items are integers, all others are strings. An
exception is raised if the entry asked for cannot be found."""

from posix import _structseq

struct_passwd = _structseq('struct_passwd', 'pwd', (
    'pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'))


def _record(raw):
    d = lambda b: b.decode('utf-8', 'surrogateescape')
    return struct_passwd((d(raw[0]), d(raw[1]), raw[2], raw[3], d(raw[4]), d(raw[5]),
                          d(raw[6])))


def getpwuid(uid, /):
    """Return the password database entry for the given numeric user ID.

See `help(pwd)` for more on password database entries."""
    # _Py_Uid_Converter: an integer; -1 stands for (uid_t)-1; out of range is "not found".
    try:
        value = uid.__index__()
    except AttributeError:
        raise TypeError('uid should be integer, not %s' % type(uid).__name__) from None
    if value == -1:
        value = 2**32 - 1
    if not 0 <= value < 2**32:
        raise KeyError('getpwuid(): uid not found')
    raw = _n_getpwuid(value)
    if raw is None:
        raise KeyError('getpwuid(): uid not found: %d' % (value if value != 2**32 - 1 else -1))
    return _record(raw)


def getpwnam(name, /):
    """Return the password database entry for the given user name.

See `help(pwd)` for more on password database entries."""
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    if '\0' in name:
        raise ValueError('embedded null byte')
    raw = _n_getpwnam(name.encode('utf-8', 'surrogateescape'))
    if raw is None:
        raise KeyError('getpwnam(): name not found: %r' % name)
    return _record(raw)


def getpwall():
    """Return a list of all available password database entries, in arbitrary order.

See help(pwd) for more on password database entries."""
    return [_record(raw) for raw in _n_getpwall()]


del _structseq
