# The `select` module for `selectors.py` and `subprocess.py`, over native helpers the loader
# injects (`_n_poll`, `_n_epoll_create`, `_n_epoll_ctl`, `_n_epoll_wait`, `_n_close`) and the
# event bits: `select`, `poll` and `epoll` as Modules/selectmodule.c defines them.

error = OSError
PIPE_BUF = 4096


def _fd_of(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            fd = obj.fileno()
        except AttributeError:
            raise TypeError('argument must be an int, or have a fileno() method.') from None
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _millis(timeout, what):
    # None waits for ever; otherwise whole milliseconds, rounding up as CPython does
    # (_PyTime_ROUND_CEILING), so a tiny timeout still sleeps.
    if timeout is None:
        return -1
    if not isinstance(timeout, (int, float)):
        raise TypeError('%s must be a number or None' % what)
    if timeout < 0:
        return -1
    ms = timeout * 1000
    whole = int(ms)
    if whole < ms:
        whole += 1
    return min(whole, 0x7fffffff)


def select(rlist, wlist, xlist, timeout=None):
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    wanted = {}
    for objs, bit in ((rlist, POLLIN), (wlist, POLLOUT), (xlist, POLLPRI)):
        for o in objs:
            fd = _fd_of(o)
            wanted[fd] = wanted.get(fd, 0) | bit
    fds = list(wanted)
    ready = dict(_n_poll(fds, [wanted[f] for f in fds], _millis(timeout, 'timeout')))
    def pick(objs, bits):
        return [o for o in objs if ready.get(_fd_of(o), 0) & bits]
    return (pick(rlist, POLLIN | POLLHUP | POLLERR),
            pick(wlist, POLLOUT | POLLERR),
            pick(xlist, POLLPRI))


class poll:
    __module__ = 'select'

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fd_of(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fd_of(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd):
        del self._fds[_fd_of(fd)]

    def poll(self, timeout=None):
        # Unlike select() and epoll.poll(), the timeout is in milliseconds (a float rounds
        # up); None or a negative one waits for ever.
        if timeout is None:
            ms = -1
        elif not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be an integer or None')
        elif timeout < 0:
            ms = -1
        else:
            ms = int(timeout)
            if ms < timeout:
                ms += 1
            if ms > 0x7fffffff:
                raise OverflowError('timeout is too large')
        fds = list(self._fds)
        return _n_poll(fds, [self._fds[f] for f in fds], ms)


class epoll:
    __module__ = 'select'

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == 0 or sizehint < -1:
            raise ValueError('negative sizehint')
        self._epfd = _n_epoll_create()

    def __repr__(self):
        return '<select.epoll object at %#x>' % id(self)

    @classmethod
    def fromfd(cls, fd):
        self = cls.__new__(cls)
        self._epfd = fd
        return self

    def _check(self):
        if self._epfd < 0:
            raise ValueError('I/O operation on closed epoll object')

    @property
    def closed(self):
        return self._epfd < 0

    def close(self):
        if self._epfd >= 0:
            fd, self._epfd = self._epfd, -1
            _n_close(fd)

    def __del__(self):
        if getattr(self, '_epfd', -1) >= 0:
            self.close()

    def fileno(self):
        self._check()
        return self._epfd

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        self._check()
        _n_epoll_ctl(self._epfd, 1, _fd_of(fd), eventmask)

    def modify(self, fd, eventmask):
        self._check()
        _n_epoll_ctl(self._epfd, 3, _fd_of(fd), eventmask)

    def unregister(self, fd):
        self._check()
        _n_epoll_ctl(self._epfd, 2, _fd_of(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        self._check()
        if timeout is not None and not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be an integer or None')
        ms = -1 if timeout is None or timeout < 0 else _millis(timeout, 'timeout')
        if maxevents == -1:
            maxevents = 1023
        elif maxevents < 1:
            raise ValueError('maxevents must be greater than 0, got %d' % maxevents)
        return _n_epoll_wait(self._epfd, ms, maxevents)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
