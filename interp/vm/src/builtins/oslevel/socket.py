# The `_socket` module for `socket.py`, over native helpers the loader injects (`_n_socket`,
# `_n_socketpair`, `_n_close`, `_n_recv`, `_n_send`, `_n_setblocking`, `_n_getsockopt`,
# `_n_setsockopt`, `_n_shutdown`, `_n_dup`) and the platform constants: the socket object
# with the descriptor-level operations Modules/socketmodule.c gives it. Name resolution and
# addresses (bind, connect, getaddrinfo) are not offered: they answer OSError.

error = OSError
timeout = TimeoutError
has_ipv6 = True
_default_timeout = None


class herror(OSError):
    __module__ = 'socket'


class gaierror(OSError):
    __module__ = 'socket'


def getdefaulttimeout():
    return _default_timeout


def _check_timeout(value):
    if value is None:
        return None
    value = float(value)
    if value != value:
        raise ValueError('Invalid value NaN (not a number)')
    if value < 0.0:
        raise ValueError('Timeout value out of range')
    return value


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _unsupported(what):
    raise OSError(95, what + ' is not supported by krait')


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object"""
    __module__ = '_socket'
    __slots__ = ('_fd', '_family', '_type', '_proto', '_timeout')

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _n_socket(family, type, proto)
        else:
            fd = fileno.__index__()
            if fd < 0:
                raise ValueError('negative file descriptor')
            if family == -1:
                family = _n_getsockopt(fd, SOL_SOCKET, SO_DOMAIN)
            if type == -1:
                type = _n_getsockopt(fd, SOL_SOCKET, SO_TYPE)
            if proto == -1:
                proto = _n_getsockopt(fd, SOL_SOCKET, SO_PROTOCOL)
        self._fd = fd
        # The type reported leaves out the creation flags, as the C module masks them.
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        self._timeout = None
        if type & SOCK_NONBLOCK:
            self._timeout = 0.0
        elif _default_timeout is not None:
            self._set_timeout(_default_timeout)

    family = property(lambda self: self._family, doc='the socket family')
    type = property(lambda self: self._type, doc='the socket type')
    proto = property(lambda self: self._proto, doc='the socket protocol')
    timeout = property(lambda self: self._timeout, doc='the socket timeout')

    def __repr__(self):
        return '<socket object, fd=%d, family=%d, type=%d, proto=%d>' % (
            self._fd, self._family, self._type, self._proto)

    def __del__(self):
        fd = getattr(self, '_fd', -1)
        if fd >= 0:
            self._fd = -1
            try:
                _n_close(fd)
            except OSError:
                pass

    def fileno(self):
        return self._fd

    def detach(self):
        fd = self._fd
        self._fd = -1
        return fd

    def close(self):
        fd = self._fd
        if fd >= 0:
            self._fd = -1
            try:
                _n_close(fd)
            except ConnectionResetError:
                pass

    def dup(self):
        return socket(self._family, self._type, self._proto, _n_dup(self._fd))

    def _set_timeout(self, value):
        self._timeout = value
        _n_setblocking(self._fd, value is None)

    def settimeout(self, value):
        self._set_timeout(_check_timeout(value))

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._set_timeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def _check_open(self):
        if self._fd < 0:
            raise OSError(9, 'Bad file descriptor')

    def recv(self, bufsize, flags=0):
        self._check_open()
        return _n_recv(self._fd, bufsize, flags)

    def recv_into(self, buffer, nbytes=0, flags=0):
        self._check_open()
        if nbytes == 0:
            nbytes = len(buffer)
        data = _n_recv(self._fd, nbytes, flags)
        buffer[:len(data)] = data
        return len(data)

    def send(self, data, flags=0):
        self._check_open()
        return _n_send(self._fd, bytes(data), flags)

    def sendall(self, data, flags=0):
        self._check_open()
        data = bytes(data)
        while data:
            sent = _n_send(self._fd, data, flags)
            data = data[sent:]

    def getsockopt(self, level, optname, buflen=None):
        if buflen is not None:
            _unsupported('getsockopt with a buffer')
        return _n_getsockopt(self._fd, level, optname)

    def setsockopt(self, level, optname, value, optlen=None):
        if not isinstance(value, int):
            _unsupported('setsockopt with a buffer')
        _n_setsockopt(self._fd, level, optname, value)

    def shutdown(self, how):
        _n_shutdown(self._fd, how)

    def getsockname(self):
        if self._family == AF_UNIX:
            return ''
        _unsupported('getsockname')

    def getpeername(self):
        if self._family == AF_UNIX:
            return ''
        _unsupported('getpeername')

    def bind(self, address):
        _unsupported('bind')

    def listen(self, backlog=128):
        _unsupported('listen')

    def connect(self, address):
        _unsupported('connect')

    def connect_ex(self, address):
        _unsupported('connect')

    def _accept(self):
        _unsupported('accept')


SocketType = socket


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _n_socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def dup(fd):
    return _n_dup(fd)


def close(fd):
    _n_close(fd)


def gethostname():
    try:
        with open('/proc/sys/kernel/hostname') as f:
            return f.read().strip()
    except OSError:
        return 'localhost'


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    raise gaierror(-2, 'Name or service not known')


def gethostbyname(name):
    raise gaierror(-2, 'Name or service not known')


def getservbyname(name, proto=None):
    raise OSError('service/proto not found')


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl
