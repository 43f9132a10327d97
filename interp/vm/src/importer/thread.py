# The `_thread` module (Modules/_threadmodule.c) over krait's green threads: every thread
# runs on its own stack on the interpreter's one OS thread (`_green_*`, see green.rs), and
# only one runs at a time, as under CPython's GIL. A thread gives way only where CPython's
# would block: a lock it cannot take, `time.sleep`, joining. A new thread runs at once until
# it blocks or ends, as a short thread body does under CPython (the starting thread waits on
# the new one's start-up while it takes the GIL). When the main thread blocks, it runs the
# other threads in turn; when every thread waits for another with no timeout, the wait fails
# with RuntimeError instead of hanging.

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 1

_current = _MAIN_IDENT
_next_ident = _MAIN_IDENT + 1
# Threads started and not finished: ident -> handle.
_threads = {}
# Sentinel locks `threading` waits on, released when their thread ends: ident -> [lock].
_sentinels = {}
# Deadlines of the threads now waiting with a timeout (a sleeping thread counts).
_deadlines = {}
# Bumped whenever a lock changes hands or a thread starts or ends: a scheduling pass that
# leaves it unchanged made no progress.
_epoch = 0


def _bump():
    global _epoch
    _epoch += 1


def _now():
    import time
    return time.monotonic()


def get_ident():
    return _current


def get_native_id():
    return _current


def _count():
    return len(_threads)


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0


def daemon_threads_allowed():
    return True


def _run(ident, handle):
    """Switches to thread `ident` until it blocks or ends."""
    global _current
    previous = _current
    _current = ident
    try:
        done = _green_resume(handle)
    finally:
        _current = previous
    if done:
        _threads.pop(ident, None)
        _deadlines.pop(ident, None)
        for lock in _sentinels.pop(ident, ()):
            if lock.locked():
                lock.release()
        _bump()
    return done


def _block_until(ready, deadline=None):
    """Waits until `ready()`, letting the other threads run; False once `deadline` passes."""
    me = _current
    try:
        while True:
            if ready():
                return True
            if deadline is not None:
                if _now() >= deadline:
                    return ready()
                _deadlines[me] = deadline
            if _green_active() and _green_yield():
                # A green thread gives way to the thread that resumed it (unless it is the
                # only thread left, in a child forked from it).
                continue
            if not _schedule(ready) and deadline is None and not _threads:
                # Alone and waiting forever: a single-threaded program cannot be woken.
                return False
    finally:
        _deadlines.pop(me, None)


def _run_others(ready):
    """Gives each suspended thread a turn, until `ready()`; returns whether it was."""
    for ident, handle in list(_threads.items()):
        if ready():
            return True
        if ident in _threads and not _green_running(handle):
            _run(ident, handle)
    return False


def _schedule(ready):
    """The main thread's turn to wait: runs every suspended thread once. Returns whether
    anything happened; raises RuntimeError on a deadlock."""
    before = _epoch
    if _run_others(ready):
        return True
    if ready() or _epoch != before:
        return True
    if _deadlines:
        # Everyone is waiting for a clock: sleep until the earliest deadline (a little).
        import time
        delay = min(_deadlines.values()) - _now()
        if delay > 0:
            time._native_sleep(min(delay, 0.05))
        return True
    if _threads:
        raise RuntimeError('deadlock: every thread is waiting for another')
    return False


def _sleep(secs):
    """`time.sleep` in a program that has started threads: the others run meanwhile, even
    for a sleep too short to wait at all (CPython's sleep always releases the GIL)."""
    deadline = _now() + secs
    _preempt()
    _block_until(lambda: _now() >= deadline, deadline)


def _after_fork_child():
    """In a child of os.fork: the other threads did not come along."""
    for ident in list(_threads):
        if ident != _current:
            del _threads[ident]
            _deadlines.pop(ident, None)
    _threads.pop(_current, None)
    _bump()


def _preempt():
    """The running thread's turn is over (a sleep, or the switch interval ran out): each other
    thread runs until it blocks or its own turn ends."""
    if not _threads:
        return
    if _green_active():
        # Progress, not a wait: a scheduling pass must not take this thread for blocked.
        _bump()
        _green_yield()
        return
    _run_others(lambda: False)


def start_new_thread(function, args, kwargs=None):
    global _next_ident
    if not callable(function):
        raise TypeError('first arg must be callable')
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    ident = _next_ident
    _next_ident += 1

    handle = _green_new((function, args, kwargs))
    _threads[ident] = handle
    _bump()
    _run(ident, handle)
    return ident


start_new = start_new_thread


class lock:
    __module__ = '_thread'

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError('timeout value must be a non-negative number')
        if not self._held:
            self._held = True
            _bump()
            return True
        if not blocking:
            return False
        deadline = None if timeout == -1 else _now() + timeout
        if _block_until(lambda: not self._held, deadline):
            self._held = True
            _bump()
            return True
        return False

    def release(self):
        if not self._held:
            raise RuntimeError('release unlocked lock')
        self._held = False
        _bump()

    def locked(self):
        return self._held

    def _at_fork_reinit(self):
        self._held = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._held else 'unlocked'
        return '<%s _thread.lock object at %#x>' % (state, id(self))


LockType = lock


def allocate_lock():
    return lock()


allocate = allocate_lock


def _set_sentinel():
    """The lock `threading` holds for a thread and waits on to join it: released when the
    thread that made it ends."""
    sentinel = lock()
    if _current != _MAIN_IDENT:
        _sentinels.setdefault(_current, []).append(sentinel)
    return sentinel


class RLock:
    __module__ = '_thread'

    def __init__(self):
        self._count = 0
        self._owner = 0

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        me = _current
        if self._count and self._owner == me:
            self._count += 1
            return True
        if self._count:
            if not blocking:
                return False
            deadline = None if timeout == -1 else _now() + timeout
            if not _block_until(lambda: not self._count, deadline):
                return False
        self._owner = me
        self._count = 1
        _bump()
        return True

    def release(self):
        if self._count == 0 or self._owner != _current:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = 0
            _bump()

    def _is_owned(self):
        return self._count > 0 and self._owner == _current

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count, self._owner = 0, 0
        _bump()
        return state

    def _acquire_restore(self, state):
        if self._count:
            _block_until(lambda: not self._count)
        self._count, self._owner = state
        _bump()

    def _at_fork_reinit(self):
        self._count = 0
        self._owner = 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return '<%s _thread.RLock object owner=%d count=%d at %#x>' % (
            state, self._owner if self._count else 0, self._count, id(self))


class _local:
    """Thread-local attributes: one namespace per thread (`Modules/_threadmodule.c`'s
    `localobject`), created on first use in each thread with the constructor's arguments."""
    __module__ = '_thread'
    __slots__ = ('_local__impl', '__dict__')

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        ns = {}
        object.__setattr__(self, '_local__impl', ({_current: ns}, args, kw))
        object.__setattr__(self, '__dict__', ns)
        return self

    def _local__namespace(self):
        spaces, args, kw = object.__getattribute__(self, '_local__impl')
        me = _current
        ns = spaces.get(me)
        if ns is None:
            # A thread's first use runs `__init__` again, with the constructor's arguments.
            ns = spaces[me] = {}
            object.__setattr__(self, '__dict__', ns)
            init = type(self).__init__
            if init is not object.__init__:
                init(self, *args, **kw)
        else:
            object.__setattr__(self, '__dict__', ns)
        return ns

    def __getattribute__(self, name):
        if name in ('_local__impl', '_local__namespace', '__class__'):
            return object.__getattribute__(self, name)
        object.__getattribute__(self, '_local__namespace')()
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        object.__getattribute__(self, '_local__namespace')()
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        object.__getattribute__(self, '_local__namespace')()
        return object.__delattr__(self, name)


def interrupt_main(signum=2, /):
    # `PyErr_SetInterruptEx`: the signal's Python handler runs as if the signal had arrived
    # (at the interpreter's next check); an ignored or default disposition does nothing.
    import _signal
    if not 1 <= signum < _signal.NSIG:
        raise ValueError("signal number out of range")
    handler = _signal.getsignal(signum)
    if handler is None or handler == _signal.SIG_IGN or handler == _signal.SIG_DFL:
        return
    _signal.raise_signal(signum)


def exit():
    raise SystemExit


exit_thread = exit
