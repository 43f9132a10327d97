# The `resource` module as Modules/resource.c behaves: resource limits and usage over the
# `_n_*` helpers, with its argument checks and its ValueErrors for EINVAL/EPERM.

import sys
from posix import _structseq

error = OSError

# RLIM_NLIMITS, from the native half.
_nlimits = _RLIM_NLIMITS
del _RLIM_NLIMITS
RLIM_INFINITY = -1

struct_rusage = _structseq('struct_rusage', 'resource', (
    'ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt',
    'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv',
    'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw'))


def _resource(resource):
    resource = resource.__index__() if not isinstance(resource, int) else resource
    if not 0 <= resource < _nlimits:
        raise ValueError('invalid resource specified')
    return resource


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None


def getrlimit(resource, /):
    return _n_getrlimit(_resource(_index(resource)))


def _limits(limits):
    seq = tuple(limits)
    if len(seq) != 2:
        raise ValueError('expected a tuple of 2 integers')
    return _index(seq[0]), _index(seq[1])


def _set_errors(e):
    import errno
    if e.errno == errno.EINVAL:
        return ValueError('current limit exceeds maximum limit')
    if e.errno == errno.EPERM:
        return ValueError('not allowed to raise maximum limit')
    return e


def setrlimit(resource, limits, /):
    resource = _resource(_index(resource))
    soft, hard = _limits(limits)
    sys.audit('resource.setrlimit', resource, limits)
    try:
        _n_setrlimit(resource, soft, hard)
    except OSError as e:
        raise _set_errors(e) from None


def prlimit(pid, resource, limits=None, /):
    # Only the calling process's own limits are reachable here (pid 0 or our own pid).
    import posix
    pid = _index(pid)
    resource = _resource(_index(resource))
    if pid not in (0, posix.getpid()):
        raise ProcessLookupError(3, 'No such process')
    old = _n_getrlimit(resource)
    if limits is not None:
        setrlimit(resource, limits)
    return old


def getrusage(who, /):
    who = _index(who)
    try:
        raw = _n_getrusage(who)
    except OSError as e:
        import errno
        if e.errno == errno.EINVAL:
            raise ValueError('invalid who parameter') from None
        raise
    return struct_rusage(raw)


def getpagesize():
    return _n_getpagesize()


del _structseq
