# The `posix` module for `os.py`, over native helpers the importer injects (`_n_getcwd`,
# `_n_listdir`, `_n_stat`, `_n_open`, `_n_fsop`...): the file-system and descriptor calls and
# process queries programs make, with the constants, `stat_result`, `DirEntry` and result
# types as Modules/posixmodule.c names them on Linux.

_have_functions = []
error = OSError
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 64
O_EXCL = 128
O_NOCTTY = 256
O_TRUNC = 512
O_APPEND = 1024
O_NONBLOCK = O_NDELAY = 2048
O_DSYNC = 4096
O_ASYNC = 8192
O_DIRECT = 16384
O_LARGEFILE = 0
O_DIRECTORY = 65536
O_NOFOLLOW = 131072
O_NOATIME = 262144
O_CLOEXEC = 524288
O_SYNC = O_RSYNC = O_FSYNC = 1052672
O_PATH = 2097152
O_TMPFILE = 4259840
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
SEEK_DATA = 3
SEEK_HOLE = 4
WNOHANG = 1
WUNTRACED = WSTOPPED = 2
WEXITED = 4
WCONTINUED = 8
WNOWAIT = 16777216
P_ALL = 0
P_PID = 1
P_PGID = 2
EX_OK = 0
EX_USAGE = 64
EX_DATAERR = 65
EX_NOINPUT = 66
EX_NOUSER = 67
EX_NOHOST = 68
EX_UNAVAILABLE = 69
EX_SOFTWARE = 70
EX_OSERR = 71
EX_OSFILE = 72
EX_CANTCREAT = 73
EX_IOERR = 74
EX_TEMPFAIL = 75
EX_PROTOCOL = 76
EX_NOPERM = 77
EX_CONFIG = 78
F_ULOCK = 0
F_LOCK = 1
F_TLOCK = 2
F_TEST = 3
GRND_NONBLOCK = 1
GRND_RANDOM = 2
NGROUPS_MAX = 65536
TMP_MAX = 238328


def _structseq(name, module, fields):
    # A named tuple type shaped like structseq.c's: fixed length, fields by name, and a
    # `module.name(field=value, ...)` repr.
    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) != len(fields):
            raise TypeError(module + '.' + name + '() takes a ' + str(len(fields))
                            + '-sequence (' + str(len(seq)) + '-sequence given)')
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return module + '.' + name + '(' + ', '.join(
            f + '=' + repr(v) for f, v in zip(fields, self)) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self),))

    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
          '__module__': module, '__slots__': (), 'n_sequence_fields': len(fields),
          'n_fields': len(fields), 'n_unnamed_fields': 0, '__match_args__': fields}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type(name, (tuple,), ns)


terminal_size = _structseq('terminal_size', 'os', ('columns', 'lines'))
uname_result = _structseq('uname_result', 'posix',
                          ('sysname', 'nodename', 'release', 'version', 'machine'))
times_result = _structseq('times_result', 'posix',
                          ('user', 'system', 'children_user', 'children_system', 'elapsed'))


_dict_type = dict


class stat_result(tuple):
    __module__ = 'os'
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    # The named fields of the sequence (the three int times are unnamed there).
    __match_args__ = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')

    _hidden = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',
               'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')

    def __new__(cls, seq, dict=None):
        # structseq_new: 10 to 19 items; the named fields past them come from `dict`.
        seq = tuple(seq)
        if dict is not None and not isinstance(dict, _dict_type):
            raise TypeError('os.stat_result() takes a dict as second arg, if any')
        if len(seq) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence ('
                            + str(len(seq)) + '-sequence given)')
        if len(seq) > 19:
            raise TypeError('os.stat_result() takes an at most 19-sequence ('
                            + str(len(seq)) + '-sequence given)')
        self = tuple.__new__(cls, seq[:10])
        extra = list(seq[10:])
        for name in cls._hidden[len(extra):]:
            extra.append(None if dict is None else dict.get(name))
        # statresult_new: a float time left None takes the int time of the sequence.
        for i in range(3):
            if extra[i] is None:
                extra[i] = seq[7 + i]
        self._extra = tuple(extra)
        return self

    def __reduce__(self):
        return (type(self), (tuple(self), {n: v for n, v in zip(self._hidden, self._extra)}))

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
    if isinstance(path, int):
        return fstat(path)
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


def kill(pid, signal, /):
    _n_kill(pid, signal)


def killpg(pgid, signal, /):
    _n_killpg(pgid, signal)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _n_access(_text(path)[0], mode)


environ = dict(_n_environ())
_environ = dict(environ)


def _fd(fd):
    # posixmodule.c's fd converter: an int, or an object with __index__.
    if isinstance(fd, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return fd.__index__()


def fstat(fd):
    return stat_result(_n_fstat(_fd(fd)))


def _op(op, path, other=0):
    if isinstance(other, (str, bytes)) or hasattr(other, '__fspath__'):
        other = _text(other)[0]
    _n_fsop(op, _text(path)[0], other)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _op('mkdir', path, mode & ~_umask_value() & 0o7777 | (mode & 0o7000))


def rmdir(path, *, dir_fd=None):
    _op('rmdir', path)


def unlink(path, *, dir_fd=None):
    _op('unlink', path)


def remove(path, *, dir_fd=None):
    _op('unlink', path)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _op('rename', src, dst)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _op('rename', src, dst)


def chdir(path):
    _op('chdir', path)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _op('chmod', path, mode)


def chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True):
    _op('chown' if follow_symlinks else 'lchown', path, (uid, gid))


def lchown(path, uid, gid):
    _op('lchown', path, (uid, gid))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _op('symlink', src, dst)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _op('link', src, dst)


def truncate(path, length):
    if isinstance(path, int):
        return ftruncate(path, length)
    _op('truncate', path, length)


def readlink(path, *, dir_fd=None):
    text, was_bytes = _text(path)
    target = _n_readlink(text)
    return target.encode('utf-8', 'surrogateescape') if was_bytes else target


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        ns = tuple(int(t * 1_000_000_000) for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: \'ns\' must be a tuple of two ints')
    else:
        ns = (None, None)
    _n_utime(_text(path)[0], ns[0], ns[1])


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _n_open(_text(path)[0], flags, mode & ~_umask_value())


def close(fd):
    _n_close(_fd(fd))


def closerange(fd_low, fd_high):
    for fd in range(fd_low, fd_high):
        try:
            close(fd)
        except OSError:
            pass


def read(fd, length):
    return _n_read(_fd(fd), length)


def write(fd, data):
    return _n_write(_fd(fd), bytes(memoryview(data)))


def lseek(fd, position, whence):
    return _n_lseek(_fd(fd), position, whence)


def ftruncate(fd, length):
    _n_ftruncate(_fd(fd), length)


def fsync(fd):
    if not isinstance(fd, int):
        fd = fd.fileno()
    fstat(fd)


def dup(fd):
    return _n_dup(_fd(fd))


def dup2(fd, fd2, inheritable=True):
    return _n_dup2(_fd(fd), _fd(fd2), inheritable)


def pipe():
    return _n_pipe()


def isatty(fd):
    return _n_isatty(_fd(fd))


def device_encoding(fd):
    return 'utf-8' if isatty(fd) else None


def get_inheritable(fd):
    return _n_inheritable(_fd(fd), None)


def set_inheritable(fd, inheritable):
    _n_inheritable(_fd(fd), bool(inheritable))


def get_blocking(fd):
    fstat(fd)
    return True


def get_terminal_size(fd=1, /):
    # posixmodule.c asks the terminal with TIOCGWINSZ, which fails on anything else.
    fstat(fd)
    if not isatty(fd):
        raise OSError(25, strerror(25))
    return terminal_size((80, 24))


def urandom(size):
    return _n_urandom(size)


def getrandom(size, flags=0):
    return _n_urandom(size)


def getuid():
    return _n_ids()[0]


def geteuid():
    return _n_ids()[0]


def getgid():
    return _n_ids()[1]


def getegid():
    return _n_ids()[1]


def getppid():
    return _n_ids()[2]


def getpgrp():
    return _n_getpgid(0)


def getpgid(pid, /):
    return _n_getpgid(pid)


def getsid(pid, /):
    return _n_getsid(pid)


def getgroups():
    return [getgid()]


def uname():
    return uname_result(_n_uname())


def times():
    return times_result(_n_times())


def cpu_count():
    return _n_cpu_count()


_umask_set = None


def _umask_value():
    return _n_umask() if _umask_set is None else _umask_set


def umask(mask):
    # Recorded, and applied by `mkdir` and `open`: krait cannot set the process's mask.
    global _umask_set
    old = _umask_value()
    _umask_set = mask & 0o777
    return old


def _env_bytes(s):
    s = fspath(s)
    return s.encode('utf-8', 'surrogateescape') if isinstance(s, str) else s


def putenv(name, value):
    # krait cannot change its process environment; what `putenv` and `unsetenv` would have
    # left in it is kept in `_environ`, which the interpreter's own environment reads
    # (`sys.breakpointhook`'s $PYTHONBREAKPOINT) consult as CPython's `getenv` would.
    name, value = _env_bytes(name), _env_bytes(value)
    if b'\0' in name or b'\0' in value:
        raise ValueError('embedded null byte')
    if b'=' in name:
        raise ValueError('illegal environment variable name')
    if not name:
        raise OSError(22, 'Invalid argument')  # what setenv(3) refuses
    _environ[name] = value


def _environ_list():
    # The environment a new program gets: the process's, as `putenv` and `unsetenv` changed it
    # (kept in `_environ`, see `putenv`), in the order the process's environment has it.
    return [k + b'=' + v for k, v in _environ.items()]


def unsetenv(name):
    name = _env_bytes(name)
    if b'\0' in name:
        raise ValueError('embedded null byte')
    if b'=' in name or not name:
        raise OSError(22, 'Invalid argument')  # what unsetenv(3) refuses
    _environ.pop(name, None)


def sysconf(name):
    if name in ('SC_PAGE_SIZE', 'SC_PAGESIZE'):
        return 4096
    if name == 'SC_NPROCESSORS_ONLN':
        return cpu_count()
    if name == 'SC_CLK_TCK':
        return 100
    raise ValueError('unrecognized configuration name')


def waitstatus_to_exitcode(status):
    if status & 0x7f == 0:
        return (status >> 8) & 0xff
    if ((status & 0xff) + 1) >> 1 > 0 and status & 0x7f != 0x7f:
        return -(status & 0x7f)
    raise ValueError('invalid wait status: ' + str(status))


# The wait-status macros of <sys/wait.h>.
def WIFEXITED(status):
    return status & 0x7f == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    # glibc's test: the low seven bits plus one, as a signed char, halved, is positive.
    v = ((status & 0x7f) + 1) & 0xff
    if v >= 0x80:
        v -= 0x100
    return (v >> 1) > 0


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return status & 0xff == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def WCOREDUMP(status):
    return bool(status & 0x80)


def WIFCONTINUED(status):
    return status == 0xffff


_at_fork_before = []
_at_fork_parent = []
_at_fork_child = []


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError('At least one argument is required.')
    for name, f in (('before', before), ('after_in_child', after_in_child),
                    ('after_in_parent', after_in_parent)):
        if f is not None and not callable(f):
            raise TypeError("'" + name + "' must be callable, not " + type(f).__name__)
    if before is not None:
        _at_fork_before.append(before)
    if after_in_child is not None:
        _at_fork_child.append(after_in_child)
    if after_in_parent is not None:
        _at_fork_parent.append(after_in_parent)


def fork():
    return _n_fork(_at_fork_before, _at_fork_parent, _at_fork_child)


def _exec_args(name, argv):
    if not isinstance(argv, (tuple, list)):
        raise TypeError(name + '() arg 2 must be a tuple or list')
    if not argv:
        raise ValueError(name + '() arg 2 must not be empty')
    argv = [_fsencode(a) for a in argv]
    if not argv[0]:
        raise ValueError(name + '() arg 2 first element cannot be empty')
    return argv


def _fsencode(path):
    # `PyUnicode_FSConverter`: a str, bytes or path-like object, as bytes.
    path = fspath(path)
    return path.encode('utf-8', 'surrogateescape') if isinstance(path, str) else path


def execv(path, argv, /):
    _n_execve(_fsencode(path), _exec_args('execv', argv), _environ_list())


def execve(path, argv, env):
    argv = _exec_args('execve', argv)
    if not hasattr(env, 'keys'):
        raise TypeError('env must be a mapping object')
    envlist = []
    for k, v in env.items():
        k = _fsencode(k)
        if not k or b'=' in k[1:]:
            raise ValueError('illegal environment variable name')
        envlist.append(k + b'=' + _fsencode(v))
    _n_execve(_fsencode(path), argv, envlist)


def system(command):
    return _n_system(_fsencode(command), _environ_list())


def waitpid(pid, options, /):
    return _n_waitpid(pid, options)


def wait():
    return _n_waitpid(-1, 0)


class DirEntry:
    __module__ = 'posix'
    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, name, path):
        self = object.__new__(cls)
        self.name = name
        self.path = path
        self._stat = None
        self._lstat = None
        return self

    def __repr__(self):
        return '<DirEntry ' + repr(self.name) + '>'

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class _ScandirIterator:
    __slots__ = ('_entries', '_closed')

    def __init__(self, entries):
        self._entries = iter(entries)
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        return next(self._entries)

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path=None):
    if path is None:
        path = '.'
    names = listdir(path)
    top = fspath(path)
    if isinstance(top, bytes):
        sep = b'' if top.endswith(b'/') else b'/'
    else:
        sep = '' if top.endswith('/') else '/'
    return _ScandirIterator([DirEntry._make(n, top + sep + n) for n in names])
