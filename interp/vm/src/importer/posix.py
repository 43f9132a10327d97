# The `posix` module for `os.py`, over native helpers the importer injects (`_n_getcwd`,
# `_n_listdir`, `_n_stat`, `_n_environ`, `_n_strerror`, `_n_exit`): the file-system queries
# the pure-Python standard library makes while importing and inspecting paths, with
# `os.stat_result` fields as Modules/posixmodule.c names them.

_have_functions = []
error = OSError
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


class stat_result(tuple):
    __module__ = 'os'
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, seq, dict=None):
        self = tuple.__new__(cls, tuple(seq)[:10])
        self._extra = tuple(seq)[10:]
        return self

    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                 'st_size', 'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join(
            n + '=' + repr(v) for n, v in zip(names, self)) + ')'

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])
    st_blksize = property(lambda self: self._extra[6])
    st_blocks = property(lambda self: self._extra[7])
    st_rdev = property(lambda self: self._extra[8])


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        result = kind.__fspath__(path)
    except AttributeError:
        if hasattr(kind, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + kind.__name__) from None
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'
                    .format(kind.__name__, type(result).__name__))


def _text(path):
    path = fspath(path)
    if isinstance(path, bytes):
        return path.decode('utf-8', 'surrogateescape'), True
    return path, False


def stat(path, *, dir_fd=None, follow_symlinks=True):
    text, _ = _text(path)
    return stat_result(_n_stat(text, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat(path, follow_symlinks=False)


def getcwd():
    return _n_getcwd()


def getcwdb():
    return _n_getcwd().encode('utf-8', 'surrogateescape')


def listdir(path=None):
    if path is None:
        path = '.'
    text, was_bytes = _text(path)
    names = _n_listdir(text)
    if was_bytes:
        return [n.encode('utf-8', 'surrogateescape') for n in names]
    return names


def strerror(code):
    return _n_strerror(code)


def _exit(status):
    _n_exit(status)


def getpid():
    return _n_getpid()


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        stat(path)
    except OSError:
        return False
    return True


environ = dict(_n_environ())
