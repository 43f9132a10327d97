# The `_signal` module for `signal.py`, over native helpers the loader injects (`_n_signal`,
# `_n_is_ignored`, `_n_raise_signal`, `_n_kill`, `_n_alarm`, `_n_pause`, the timers and masks) and the
# signal numbers. Python handlers are kept here; the OS-level handler only records the signal, and the evaluation loop's breaker
# calls `_dispatch` with it, as Modules/signalmodule.c's trip_signal and
# PyErr_CheckSignals split the work. SIGINT starts with `default_int_handler`, as at
# CPython's start-up.

SIG_DFL = 0
SIG_IGN = 1
_wakeup_fd = -1


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python.

It raises KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {}
for _n, _v in list(globals().items()):
    if _n.startswith('SIG') and not _n.startswith('SIG_') and isinstance(_v, int):
        _handlers[_v] = SIG_IGN if _n_is_ignored(_v) else SIG_DFL
# A SIGINT the process was started ignoring stays ignored (signal_module_exec installs
# `default_int_handler` only over the default action).
_install_int_handler = _handlers[SIGINT] == SIG_DFL
if _install_int_handler:
    _n_signal(SIGINT, 2)
del _n, _v


def _index(o):
    try:
        index = type(o).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(o).__name__) from None
    return index(o)


def _check_signum(signalnum):
    signalnum = _index(signalnum)
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError('signal number out of range')
    return signalnum


def signal(signalnum, handler, /):
    """Set the action for the given signal."""
    signalnum = _check_signum(signalnum)
    if handler is SIG_IGN or (type(handler) is int and handler == SIG_IGN):
        how = 1
    elif handler is SIG_DFL or (type(handler) is int and handler == SIG_DFL):
        how = 0
    elif callable(handler):
        how = 2
    else:
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, '
                        'or a callable object')
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    _n_signal(signalnum, how)
    old = _handlers.get(signalnum)
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    return _handlers.get(_check_signum(signalnum))


def _dispatch(signalnum):
    handler = _handlers.get(signalnum)
    if callable(handler):
        import sys
        handler(signalnum, sys._getframe(1) if hasattr(sys, '_getframe') else None)


def raise_signal(signalnum, /):
    """Send a signal to the executing process."""
    _n_raise_signal(_check_signum(signalnum))


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return set(range(1, NSIG))


def strsignal(signalnum, /):
    """Return the system description of the given signal."""
    names = {
        SIGHUP: 'Hangup', SIGINT: 'Interrupt', SIGQUIT: 'Quit', SIGILL: 'Illegal instruction',
        SIGTRAP: 'Trace/breakpoint trap', SIGABRT: 'Aborted', SIGBUS: 'Bus error',
        SIGFPE: 'Floating point exception', SIGKILL: 'Killed',
        SIGUSR1: 'User defined signal 1', SIGSEGV: 'Segmentation fault',
        SIGUSR2: 'User defined signal 2', SIGPIPE: 'Broken pipe', SIGALRM: 'Alarm clock',
        SIGTERM: 'Terminated', SIGCHLD: 'Child exited', SIGCONT: 'Continued',
        SIGSTOP: 'Stopped (signal)', SIGTSTP: 'Stopped',
    }
    return names.get(_check_signum(signalnum))


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Sets the fd to be written to (with the signal number) when a signal comes in."""
    global _wakeup_fd
    old, _wakeup_fd = _wakeup_fd, fd.__index__()
    return old


def pthread_kill(thread_id, signalnum, /):
    _n_raise_signal(_check_signum(signalnum))


def _mask_signals(mask):
    signals = []
    for s in mask:
        s = _index(s)
        if s < 1 or s >= NSIG:
            raise ValueError('signal number %d out of range [1; %d]' % (s, NSIG - 1))
        signals.append(s)
    return signals


def pthread_sigmask(how, mask, /):
    """Fetch and/or change the signal mask of the calling thread."""
    old = set(_n_sigmask(how, _mask_signals(mask)))
    # Unblocking may have delivered a waiting signal: its handler runs now.
    _n_check_signals()
    return old


def sigpending():
    """Examine pending signals."""
    return set(_n_sigpending())


class itimer_error(OSError):
    pass


itimer_error.__module__ = 'signal'
ItimerError = itimer_error


def setitimer(which, seconds, interval=0.0, /):
    """Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."""
    try:
        return _n_setitimer(which, seconds, interval)
    except OSError as e:
        raise ItimerError(e.errno, e.strerror) from None


def getitimer(which, /):
    """Returns current value of given itimer."""
    try:
        return _n_getitimer(which)
    except OSError as e:
        raise ItimerError(e.errno, e.strerror) from None


def siginterrupt(signalnum, flag, /):
    _check_signum(signalnum)


def pause():
    """Wait until a signal arrives."""
    _n_pause()


def alarm(seconds, /):
    """Arrange for SIGALRM to arrive after the given number of seconds."""
    return _n_alarm(seconds)


def _after_dressing():
    # SIGINT starts with `default_int_handler`: the built-in function the module's functions
    # become once it has run (see `importer::dress_as_builtins`), the one programs see.
    if _install_int_handler:
        _handlers[SIGINT] = default_int_handler
