# The `_thread` module for krait's single-threaded interpreter: locks that never have to wait
# (a lock held by the only thread and acquired again without a timeout would wait forever in
# CPython; here it reports failure), the thread identity, and the names `threading`,
# `functools` and `reprlib` take from CPython 3.11's Modules/_threadmodule.c.

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 1


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    return _MAIN_IDENT


def _count():
    return 0


def stack_size(size=0):
    return 0


def daemon_threads_allowed():
    return True


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


class lock:
    __module__ = '_thread'

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if self._held:
            return False
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError('release unlocked lock')
        self._held = False

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
    return lock()


class RLock:
    __module__ = '_thread'

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        count, self._count = self._count, 0
        return (count, _MAIN_IDENT)

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return '<%s _thread.RLock object owner=%d count=%d at %#x>' % (
            state, _MAIN_IDENT if self._count else 0, self._count, id(self))


class _local:
    __module__ = '_thread'


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


exit_thread = exit
