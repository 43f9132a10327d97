# The `_posixsubprocess` module `subprocess.py` imports: `fork_exec` checks and normalises its
# arguments as `subprocess_fork_exec` of `_posixsubprocess.c` does, then `_n_fork_exec` (in
# `spawn.rs`) forks, sets the child up and execs.

from os import fsencode as _fsencode


def _id(value, what):
    if value is None:
        return -1
    value = value.__index__()
    if value < 0:
        raise ValueError(what + ' must be non-negative')
    return value


def fork_exec(process_args, executable_list, close_fds, fds_to_keep, cwd, env_list,
              p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
              errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set,
              gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork=False, /):
    """Spawn a fresh new child process.

    Fork a child process, close parent file descriptors as appropriate in the
    child and duplicate the few that are needed before calling exec() in the
    child process.

    If close_fds is true, close file descriptors 3 and higher, except those listed
    in the sorted tuple pass_fds.

    The preexec_fn, if supplied, will be called immediately before closing file
    descriptors and exec.

    WARNING: preexec_fn is NOT SAFE if your application uses threads.
             It may trigger infrequent, difficult to debug deadlocks.

    If an error occurs in the child process before the exec, it is
    serialized and written to the errpipe_write fd per subprocess.py.

    Returns: the child process's PID.

    Raises: Only on an error in the parent process.
    """
    if close_fds and errpipe_write < 3:
        raise ValueError('errpipe_write must be >= 3')
    if not isinstance(fds_to_keep, tuple):
        raise TypeError('fds_to_keep must be a tuple')
    prev = -1
    for fd in fds_to_keep:
        if not isinstance(fd, int) or fd < 0 or fd < prev or fd > 0x7fffffff:
            raise ValueError('bad value(s) in fds_to_keep')
        prev = fd
    if preexec_fn is not None and not callable(preexec_fn):
        raise TypeError('preexec_fn must be callable')
    argv = None if process_args is None else [_fsencode(a) for a in process_args]
    executables = [_fsencode(e) for e in executable_list]
    if cwd is not None:
        cwd = _fsencode(cwd)
    if env_list is not None:
        env_list = [_fsencode(e) for e in env_list]
    else:
        # The child inherits the process's environment, as `putenv` left it.
        import posix
        env_list = posix._environ_list()
    groups = None if extra_groups is None else [_id(g, 'gid') for g in extra_groups]
    if argv is None:
        argv = []
    return _n_fork_exec(argv, executables, close_fds, fds_to_keep, cwd, env_list,
                        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                        errpipe_read, errpipe_write, restore_signals, call_setsid,
                        -1 if pgid_to_set is None else pgid_to_set,
                        _id(gid, 'gid'), groups, _id(uid, 'uid'), child_umask, preexec_fn)
