# The `grp` module as Modules/grpmodule.c behaves: `struct_group` records of the group
# database over the `_n_*` helpers (raw bytes, decoded with `surrogateescape`).

"""Access to the Unix group database.

Group entries are reported as 4-tuples containing the following fields
from the group database, in order:

  gr_name   - name of the group
  gr_passwd - group password (encrypted); often empty
  gr_gid    - numeric ID of the group
  gr_mem    - list of members

The gid is an integer, name and password are strings.  (Note that most
users are not explicitly listed as members of the groups they are in
according to the password database.  Check both databases to get
complete membership information.)"""

from posix import _structseq

struct_group = _structseq('struct_group', 'grp', ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'))


def _record(raw):
    d = lambda b: b.decode('utf-8', 'surrogateescape')
    return struct_group((d(raw[0]), d(raw[1]), raw[2], [d(m) for m in raw[3]]))


def getgrgid(id):
    """Return the group database entry for the given numeric group ID.

If id is not valid, raise KeyError."""
    try:
        value = id.__index__()
    except AttributeError:
        raise TypeError('gid should be integer, not %s' % type(id).__name__) from None
    if value == -1:
        value = 2**32 - 1
    # getgrgid lets _Py_Gid_Converter's OverflowError through (getpwuid turns it into a
    # KeyError); CPython 3.11 words every out-of-range value as below the minimum.
    if not 0 <= value < 2**32:
        raise OverflowError('gid is less than minimum')
    raw = _n_getgrgid(value)
    if raw is None:
        raise KeyError('getgrgid(): gid not found: %d' % (value if value != 2**32 - 1 else -1))
    return _record(raw)


def getgrnam(name):
    """Return the group database entry for the given group name.

If name is not valid, raise KeyError."""
    if not isinstance(name, str):
        raise TypeError('getgrnam() argument must be str, not %s' % type(name).__name__)
    if '\0' in name:
        raise ValueError('embedded null byte')
    raw = _n_getgrnam(name.encode('utf-8', 'surrogateescape'))
    if raw is None:
        raise KeyError('getgrnam(): name not found: %r' % name)
    return _record(raw)


def getgrall():
    """Return a list of all available group entries, in arbitrary order.

An entry whose name starts with '+' or '-' represents an instruction
to use YP/NIS and may not be accessible via getgrnam or getgrgid."""
    return [_record(raw) for raw in _n_getgrall()]


del _structseq
