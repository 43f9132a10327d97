

# The `_io` module, part 2: `FileIO` (fileio.c) and the buffered classes (bufferedio.c).

_O_RDONLY, _O_WRONLY, _O_RDWR = 0, 1, 2
_O_CREAT, _O_EXCL, _O_TRUNC, _O_APPEND, _O_CLOEXEC = 0o100, 0o200, 0o1000, 0o2000, 0o2000000


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    f = getattr(type(file), "__fspath__", None)
    if f is None:
        raise TypeError(
            "expected str, bytes or os.PathLike object, not %s" % type(file).__name__
        )
    path = f(file)
    if not isinstance(path, (str, bytes)):
        raise TypeError(
            "expected %s.__fspath__() to return str or bytes, not %s"
            % (type(file).__name__, type(path).__name__)
        )
    return path


class FileIO(_RawIOBase):
    def __init__(self, file, mode="r", closefd=True, opener=None):
        if self.__dict__.get("_FileIO__fd", -1) >= 0:
            if self.__closefd:
                self.close()
        self.__fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError("negative file descriptor")
        else:
            fd = -1
            file = _fspath(file)
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        seen = set()
        rwa = plus = False
        readable = writable = created = appending = False
        flags = 0
        for c in mode:
            if c in seen or c not in "rwxab+":
                raise ValueError("invalid mode: %s" % mode)
            seen.add(c)
            if c == "+":
                plus = True
                continue
            if c == "b":
                continue
            if rwa:
                raise ValueError(
                    "Must have exactly one of create/read/write/append mode and at most one plus"
                )
            rwa = True
            if c == "r":
                readable = True
            elif c == "w":
                writable = True
                flags |= _O_CREAT | _O_TRUNC
            elif c == "x":
                writable = created = True
                flags |= _O_EXCL | _O_CREAT
            else:
                writable = appending = True
                flags |= _O_APPEND | _O_CREAT
        if not rwa:
            raise ValueError(
                "Must have exactly one of create/read/write/append mode and at most one plus"
            )
        if plus:
            readable = writable = True
        flags |= _O_RDWR if readable and writable else (_O_RDONLY if readable else _O_WRONLY)
        flags |= _O_CLOEXEC
        self.__readable, self.__writable = readable, writable
        self.__created, self.__appending = created, appending
        self.__closefd = closefd
        self.__seekable = None
        if fd >= 0:
            if not _n_valid(fd):
                raise OSError(9, "Bad file descriptor")
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is None:
                fd = _n_open(file, readable, writable, appending, bool(flags & _O_CREAT),
                             bool(flags & _O_TRUNC), created, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError("opener returned %d" % fd)
        self.__fd = fd
        size, blksize = _n_fstat(fd)
        self._blksize = blksize if blksize > 1 else DEFAULT_BUFFER_SIZE
        self.name = file
        if appending:
            try:
                _n_seek(fd, 0, 2)
            except OSError:
                pass

    def __check_closed(self):
        if self.__fd < 0:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self.__dict__.get("_FileIO__fd", -1) < 0

    @property
    def closefd(self):
        return self.__closefd

    @property
    def mode(self):
        if self.__created:
            return "xb+" if self.__readable else "xb"
        if self.__appending:
            return "ab+" if self.__readable else "ab"
        if self.__readable:
            return "rb+" if self.__writable else "rb"
        return "wb"

    def __repr__(self):
        name = type(self).__module__ + "." + type(self).__qualname__
        if self.closed:
            return "<%s [closed]>" % name
        try:
            n = self.name
        except AttributeError:
            return "<%s fd=%d mode=%r closefd=%r>" % (name, self.__fd, self.mode, self.__closefd)
        return "<%s name=%r mode=%r closefd=%r>" % (name, n, self.mode, self.__closefd)

    def fileno(self):
        self.__check_closed()
        return self.__fd

    def readable(self):
        self.__check_closed()
        return self.__readable

    def writable(self):
        self.__check_closed()
        return self.__writable

    def seekable(self):
        self.__check_closed()
        if self.__seekable is None:
            try:
                _n_seek(self.__fd, 0, 1)
                self.__seekable = True
            except OSError:
                self.__seekable = False
        return self.__seekable

    def isatty(self):
        self.__check_closed()
        return _n_isatty(self.__fd)

    def __need(self, readable):
        self.__check_closed()
        if readable and not self.__readable:
            raise UnsupportedOperation("File not open for reading")
        if not readable and not self.__writable:
            raise UnsupportedOperation("File not open for writing")

    def read(self, size=-1):
        self.__need(True)
        size = _as_size(size)
        return _n_read(self.__fd, size)

    def readall(self):
        self.__need(True)
        return _n_read(self.__fd, -1)

    def readinto(self, b):
        self.__need(True)
        m = memoryview(b).cast("B")
        data = _n_read(self.__fd, len(m))
        m[: len(data)] = data
        return len(data)

    def write(self, b):
        self.__need(False)
        return _n_write(self.__fd, _bytes_of(b))

    def seek(self, pos, whence=0):
        self.__check_closed()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _n_seek(self.__fd, _index(pos), _index(whence))

    def tell(self):
        self.__check_closed()
        return _n_seek(self.__fd, 0, 1)

    def truncate(self, size=None):
        self.__check_closed()
        if not self.__writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        _n_truncate(self.__fd, size.__index__())
        return size

    def close(self):
        fd = self.__dict__.get("_FileIO__fd", -1)
        if fd < 0:
            return
        try:
            _RawIOBase.close(self)
        finally:
            self.__fd = -1
            if self.__closefd:
                _n_close(fd)

    def _dealloc_warn(self, source):
        pass

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


def _require(raw, ability, adjective):
    # `_PyIOBase_check_readable` and its siblings: they call the raw stream's `readable()`
    # (any object with one will do, not only an `IOBase`) and want True itself.
    if getattr(raw, ability)() is not True:
        raise UnsupportedOperation("File or stream is not %s." % adjective)


class _Buffered(_BufferedIOBase):
    # One implementation for the three buffered classes, as bufferedio.c's `buffered`: a read
    # buffer (`__rbuf` from `__rpos`) in front of the raw stream, and a write buffer (`__wbuf`)
    # behind it; at most one of them holds data.
    _reads = _writes = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if self._reads:
            _require(raw, 'readable', 'readable')
        if self._writes:
            _require(raw, 'writable', 'writable')
        if self._reads and self._writes:
            _require(raw, 'seekable', 'seekable')
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.__raw = raw
        self.buffer_size = buffer_size
        self.__rbuf = b""
        self.__rpos = 0
        self.__wbuf = bytearray()
        self.__detached = False

    @property
    def raw(self):
        self.__check_attached()
        return self.__raw

    def __check_attached(self):
        detached = self.__dict__.get("_Buffered__detached")
        if detached is None:
            raise ValueError("I/O operation on uninitialized object")
        if detached:
            raise ValueError("raw stream has been detached")

    def __check_closed(self, what):
        self.__check_attached()
        if self.__raw.closed:
            if what is None or (what == "read" and self.__rpos < len(self.__rbuf)):
                return
            raise ValueError(what)

    @property
    def closed(self):
        self.__check_attached()
        return self.__raw.closed

    @property
    def name(self):
        self.__check_attached()
        return self.__raw.name

    @property
    def mode(self):
        self.__check_attached()
        return self.__raw.mode

    def __repr__(self):
        name = type(self).__module__ + "." + type(self).__qualname__
        try:
            n = self.name
        except AttributeError:
            return "<%s>" % name
        except ValueError:
            return "<%s>" % name
        return "<%s name=%r>" % (name, n)

    def fileno(self):
        self.__check_attached()
        return self.__raw.fileno()

    def isatty(self):
        self.__check_attached()
        return self.__raw.isatty()

    def readable(self):
        self.__check_attached()
        return self._reads and self.__raw.readable()

    def writable(self):
        self.__check_attached()
        return self._writes and self.__raw.writable()

    def seekable(self):
        self.__check_attached()
        return self.__raw.seekable()

    def detach(self):
        self.__check_attached()
        self.flush()
        raw = self.__raw
        self.__detached = True
        return raw

    def close(self):
        self.__check_attached()
        if self.__raw.closed:
            return
        try:
            self.flush()
        finally:
            self.__raw.close()

    def __flush_writes(self):
        while self.__wbuf:
            n = self.__raw.write(bytes(self.__wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self.__wbuf[:n]

    def __drop_reads(self):
        # Reading ahead moved the raw position past what the caller has seen: move it back.
        unread = len(self.__rbuf) - self.__rpos
        if unread and self.__raw.seekable():
            self.__raw.seek(-unread, 1)
        self.__rbuf = b""
        self.__rpos = 0

    def flush(self):
        if not self._writes:
            return self.raw.flush()
        self.__check_closed("flush of closed file")
        if self._writes:
            self.__flush_writes()
            self.__raw.flush()

    def __fill(self, n):
        # Keeps at least `n` unread bytes buffered when the raw stream has them; false at EOF.
        self.__flush_writes()
        while len(self.__rbuf) - self.__rpos < n:
            chunk = self.__raw.read(max(self.buffer_size, n - (len(self.__rbuf) - self.__rpos)))
            if not chunk:
                return chunk
            self.__rbuf = self.__rbuf[self.__rpos:] + chunk
            self.__rpos = 0
        return True

    def __take(self, n):
        pos = self.__rpos
        out = self.__rbuf[pos : pos + n]
        self.__rpos = pos + len(out)
        return out

    def read(self, size=-1):
        self.__check_attached()
        self.__need_read()
        size = _as_size(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        self.__check_closed("read of closed file")
        if size < 0:
            self.__flush_writes()
            head = self.__take(len(self.__rbuf))
            chunks = [head]
            while True:
                more = self.__raw.read()
                if more is None:
                    if len(chunks) == 1 and not head:
                        return None
                    break
                if not more:
                    break
                chunks.append(more)
            return b"".join(chunks)
        r = self.__fill(size)
        if r is None and self.__rpos >= len(self.__rbuf):
            return None
        return self.__take(size)

    def read1(self, size=-1):
        self.__check_attached()
        self.__need_read()
        size = _as_size(size)
        self.__check_closed("read of closed file")
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if self.__rpos >= len(self.__rbuf):
            self.__fill(1)
        return self.__take(size)

    def peek(self, size=0):
        self.__check_attached()
        self.__need_read()
        self.__check_closed("peek of closed file")
        if self.__rpos >= len(self.__rbuf):
            self.__fill(1)
        return self.__rbuf[self.__rpos:]

    def readinto(self, b):
        self.__check_closed("readinto of closed file")
        return _BufferedIOBase.readinto(self, b)

    def readinto1(self, b):
        self.__check_closed("readinto of closed file")
        return _BufferedIOBase.readinto1(self, b)

    def readline(self, size=-1):
        self.__check_attached()
        self.__need_read()
        size = _as_size(size)
        self.__check_closed("readline of closed file")
        out = []
        total = 0
        while size < 0 or total < size:
            if self.__rpos >= len(self.__rbuf) and not self.__fill(1):
                break
            buf, pos = self.__rbuf, self.__rpos
            i = buf.find(b"\n", pos)
            end = len(buf) if i < 0 else i + 1
            if size >= 0:
                end = min(end, pos + size - total)
            out.append(buf[pos:end])
            total += end - pos
            self.__rpos = end
            if i >= 0 and end == i + 1:
                break
        return b"".join(out)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __need_read(self):
        if not self._reads:
            raise UnsupportedOperation("read")

    def write(self, b):
        self.__check_attached()
        if not self._writes:
            raise UnsupportedOperation("write")
        if self.__raw.closed:
            raise ValueError("write to closed file")
        data = _bytes_of(b)
        if self.__rpos < len(self.__rbuf) or self.__rbuf:
            self.__drop_reads()
        n = len(data)
        if len(self.__wbuf) + n > self.buffer_size:
            # As bufferedio.c: what is buffered goes first, then data bigger than the buffer
            # goes straight to the raw stream; only the rest is kept.
            self.__flush_writes()
            while len(data) > self.buffer_size:
                k = self.__raw.write(data)
                if k is None:
                    raise BlockingIOError(11, "write could not complete without blocking", 0)
                data = data[k:]
        self.__wbuf += data
        return n

    def tell(self):
        self.__check_attached()
        pos = self.__raw.tell()
        pos += len(self.__wbuf) - (len(self.__rbuf) - self.__rpos)
        return max(pos, 0)

    def seek(self, pos, whence=0):
        self.__check_attached()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        self.__check_closed("seek of closed file")
        if not self.__raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        pos = _index(pos)
        self.__flush_writes()
        if whence == 1:
            pos -= len(self.__rbuf) - self.__rpos
        self.__rbuf = b""
        self.__rpos = 0
        return self.__raw.seek(pos, whence)

    def truncate(self, pos=None):
        self.__check_attached()
        self.__check_closed("truncate of closed file")
        if not self._writes:
            raise UnsupportedOperation("truncate")
        self.flush()
        if pos is None:
            pos = self.tell()
        self.__drop_reads()
        return self.__raw.truncate(pos)

    def _dealloc_warn(self, source):
        pass

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


class BufferedReader(_Buffered):
    _writes = False

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")


class BufferedWriter(_Buffered):
    _reads = False


class BufferedRandom(_Buffered):
    pass


class BufferedRWPair(_BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        _require(reader, 'readable', 'readable')
        _require(writer, 'writable', 'writable')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed
