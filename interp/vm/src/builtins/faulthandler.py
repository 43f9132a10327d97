# The `faulthandler` module's Python-level half as Modules/faulthandler.c behaves in 3.11:
# `enable`/`disable`/`is_enabled` and `dump_traceback`, which writes the frames straight to
# the file's descriptor, most recent first, in the C module's format. krait has no signal
# handlers to install for faults, so enabling records the file only; the watchdog thread
# (`dump_traceback_later`) and per-signal `register` are not provided.

"""faulthandler module."""

import sys

_enabled_fd = None


def _fd_of(file):
    # faulthandler_get_fileno: None means sys.stderr; an int is a descriptor; else fileno(),
    # after flushing the file so the dump follows what was already written.
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError('sys.stderr is None')
    if isinstance(file, int):
        if file < 0:
            raise ValueError('file is not a valid file descripter')
        return file
    fd = file.fileno()
    if not isinstance(fd, int):
        raise RuntimeError('file.fileno() is not a valid file descriptor')
    if fd < 0:
        raise ValueError('file is not a valid file descripter')
    try:
        file.flush()
    except Exception:
        pass
    return fd


def _check_args(fname, args, kwargs, names):
    if len(args) + len(kwargs) > len(names):
        raise TypeError('%s() takes at most %d arguments (%d given)'
                        % (fname, len(names), len(args) + len(kwargs)))
    values = dict(zip(names, args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))
        values[key] = value
    return values


def enable(*args, **kwargs):
    """enable(file=sys.stderr, all_threads=True): enable the fault handler"""
    global _enabled_fd
    values = _check_args('enable', args, kwargs, ('file', 'all_threads'))
    _enabled_fd = _fd_of(values.get('file'))


def disable():
    """disable(): disable the fault handler"""
    global _enabled_fd
    was = _enabled_fd is not None
    _enabled_fd = None
    return was


def is_enabled():
    """is_enabled()->bool: check if the handler is enabled"""
    return _enabled_fd is not None


def dump_traceback(*args, **kwargs):
    """dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
    values = _check_args('dump_traceback', args, kwargs, ('file', 'all_threads'))
    fd = _fd_of(values.get('file'))
    import posix
    frame = sys._getframe(1)
    if values.get('all_threads', True):
        import _thread
        lines = ['Current thread 0x%016x (most recent call first):\n' % _thread.get_ident()]
    else:
        lines = ['Stack (most recent call first):\n']
    depth = 0
    while frame is not None:
        # dump_frame truncates after MAX_FRAME_DEPTH (100) frames.
        if depth >= 100:
            lines.append('  ...\n')
            break
        code = frame.f_code
        lines.append('  File "%s", line %d in %s\n'
                     % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    data = ''.join(lines).encode('utf-8', 'backslashreplace')
    while data:
        data = data[posix.write(fd, data):]
