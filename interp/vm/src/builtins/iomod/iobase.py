# The `_io` module, part 1: the abstract bases (Modules/_io/iobase.c), `BytesIO` (bytesio.c),
# `StringIO` (stringio.c) and `IncrementalNewlineDecoder` (textio.c). The `_n_*` names are the
# native descriptor calls of iomod/mod.rs; they are deleted at the end of textio.py.

DEFAULT_BUFFER_SIZE = 8192
BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _closed_error(msg="I/O operation on closed file."):
    return ValueError(msg)


def _as_size(size):
    # The `size` arguments of read()/readline() accept None or an integer (an `__index__`),
    # as `_Py_convert_optional_to_ssize_t` does.
    if size is None:
        return -1
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError(
            "argument should be integer or None, not '%s'" % type(size).__name__
        ) from None


def _index(v):
    # An integer argument (seek positions, whence), through `__index__` as PyNumber_Index.
    f = getattr(type(v), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return f(v)


class _IOBase:
    # The closed flag lives in the instance dictionary as in iobase.c (`__IOBase_closed`).

    def seek(self, *args):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, *args):
        raise UnsupportedOperation("truncate")

    def flush(self):
        if self.closed:
            raise _closed_error()

    def close(self):
        if not self.__dict__.get("__IOBase_closed", False):
            try:
                self.flush()
            finally:
                self.__dict__["__IOBase_closed"] = True

    def __del__(self):
        # iobase_finalize: a forgotten object is closed (flushing its buffers) silently.
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error() if msg is None else ValueError(msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return self.__dict__.get("__IOBase_closed", False)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _as_size(size)
        peek = getattr(self, "peek", None)
        out = bytearray()
        while size < 0 or len(out) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                i = ahead.find(b"\n") + 1
                n = i if i > 0 else len(ahead)
                if size >= 0:
                    n = min(n, size - len(out))
            b = self.read(n)
            if not b:
                break
            out += b
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _as_size(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


_IOBase.__module__ = "_io"


class _RawIOBase(_IOBase):
    def read(self, size=-1):
        size = _as_size(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        out = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not out:
                    return None
                break
            if not data:
                break
            out += data
        return bytes(out)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def write(self, b):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    def _readinto(self, b, one):
        m = memoryview(b).cast("B")
        data = self.read1(len(m)) if one else self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)


class _TextIOBase(_IOBase):
    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def readline(self, size=-1):
        raise UnsupportedOperation("readline")

    def write(self, s):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _user_dict(obj, private):
    # The instance dictionary without this module's own bookkeeping, for pickling.
    return {k: v for k, v in obj.__dict__.items()
            if not k.startswith(private) and k != "__IOBase_closed"}


def _bytes_of(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    try:
        return memoryview(b).tobytes()
    except TypeError:
        raise TypeError(
            "a bytes-like object is required, not '%s'" % type(b).__name__
        ) from None


class BytesIO(_BufferedIOBase):
    def __init__(self, initial_bytes=None):
        self.__buf = bytearray() if initial_bytes is None else bytearray(_bytes_of(initial_bytes))
        self.__pos = 0

    def __check(self):
        # bytesio.c's CHECK_CLOSED tests its own buffer, not the `closed` property (which a
        # subclass may override); the hot methods below test the flag inline, sparing a call.
        if self.__dict__.get("__IOBase_closed", False):
            raise _closed_error()

    def getvalue(self):
        self.__check()
        return bytes(self.__buf)

    def getbuffer(self):
        self.__check()
        return memoryview(self.__buf)

    def close(self):
        self.__dict__["__IOBase_closed"] = True

    def flush(self):
        self.__check()

    def isatty(self):
        self.__check()
        return False

    def readable(self):
        self.__check()
        return True

    writable = seekable = readable

    def read(self, size=-1):
        if self.__dict__.get("__IOBase_closed", False):
            raise _closed_error()
        if type(size) is not int:
            size = _as_size(size)
        buf, pos = self.__buf, self.__pos
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        if pos >= end:
            return b""
        self.__pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readinto(self, b):
        self.__check()
        m = memoryview(b).cast("B")
        data = self.read(len(m))
        m[: len(data)] = data
        return len(data)

    readinto1 = readinto

    def readline(self, size=-1):
        if self.__dict__.get("__IOBase_closed", False):
            raise _closed_error()
        if type(size) is not int:
            size = _as_size(size)
        buf, pos = self.__buf, self.__pos
        if pos >= len(buf):
            return b""
        i = buf.find(b"\n", pos)
        end = len(buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, pos + size)
        self.__pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=None):
        self.__check()
        return _IOBase.readlines(self, hint)

    def __next__(self):
        self.__check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        if self.__dict__.get("__IOBase_closed", False):
            raise _closed_error()
        data = b if type(b) is bytes else _bytes_of(b)
        n = len(data)
        if n == 0:
            return 0
        buf, pos = self.__buf, self.__pos
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        buf[pos : pos + n] = data
        self.__pos = pos + n
        return n

    def writelines(self, lines):
        self.__check()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self.__check()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self.__pos + pos)
        elif whence == 2:
            pos = max(0, len(self.__buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self.__pos = pos
        return pos

    def tell(self):
        self.__check()
        return self.__pos

    def truncate(self, size=None):
        self.__check()
        size = self.__pos if size is None else _as_size(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self.__buf):
            del self.__buf[size:]
        return size

    def __getstate__(self):
        self.__check()
        return (self.getvalue(), self.__pos, _user_dict(self, "_BytesIO__"))

    def __setstate__(self, state):
        self.__buf = bytearray(state[0])
        self.__pos = state[1]
        if state[2]:
            self.__dict__.update(state[2])


_LF, _CR, _CRLF = 1, 2, 4
_NEWLINES = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
             ("\r", "\n", "\r\n"))


class IncrementalNewlineDecoder:
    # textio.c's decoder: a pending '\r' waits for the next chunk (it may start with '\n'),
    # kinds of line endings seen are kept as LF/CR/CRLF bits.

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self.seennl |= (lf and _LF) | (cr and _CR) | (crlf and _CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES[self.seennl]


def _check_newline(newline, who):
    if newline is not None and not isinstance(newline, str):
        raise TypeError("%s must be str or None, not %s" % (who, type(newline).__name__))
    if newline not in (None, "", "\n", "\r", "\r\n"):
        return False
    return True


def _line_end(text, start, universal, translate, readnl):
    # Where the line starting at `start` ends (just after its terminator), or -1 when the text
    # holds no complete line; as textio.c's _PyIO_find_line_ending. An untranslated universal
    # '\r' at the very end is not a complete ending: a '\n' may follow.
    if translate:
        i = text.find("\n", start)
        return -1 if i < 0 else i + 1
    if universal:
        lf = text.find("\n", start)
        cr = text.find("\r", start) if lf < 0 else text.find("\r", start, lf)
        if cr < 0:
            return -1 if lf < 0 else lf + 1
        if cr + 1 < len(text):
            return cr + 2 if text[cr + 1] == "\n" else cr + 1
        return -1
    i = text.find(readnl, start)
    return -1 if i < 0 else i + len(readnl)


class StringIO(_TextIOBase):
    def __init__(self, initial_value="", newline="\n"):
        if not _check_newline(newline, "newline"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(
                "initial_value must be str or None, not %s" % type(initial_value).__name__
            )
        self.__readuniversal = newline is None or newline == ""
        self.__readtranslate = newline is None
        self.__readnl = newline
        self.__writenl = newline if newline and newline[0] == "\r" else None
        self.__decoder = (
            IncrementalNewlineDecoder(None, self.__readtranslate)
            if self.__readuniversal
            else None
        )
        # Text appended at the end waits in `__tail` until something reads: a run of writes
        # (print into a StringIO) costs linear time, as stringio.c's accumulator does.
        self.__buf = ""
        self.__tail = []
        self.__len = 0
        self.__pos = 0
        self.__dict__["__IOBase_closed"] = False
        if initial_value:
            StringIO.write(self, initial_value)
            self.__pos = 0

    def __check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def __flat(self):
        if self.__tail:
            self.__buf += "".join(self.__tail)
            self.__tail = []
        return self.__buf

    def close(self):
        self.__dict__["__IOBase_closed"] = True

    def getvalue(self):
        self.__check()
        return self.__flat()

    def readable(self):
        self.__check()
        return True

    writable = seekable = readable

    def isatty(self):
        self.__check()
        return False

    def flush(self):
        self.__check()

    @property
    def line_buffering(self):
        self.__check()
        return False

    @property
    def newlines(self):
        self.__check()
        return None if self.__decoder is None else self.__decoder.newlines

    def write(self, s):
        self.__check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self.__decoder is not None:
            s = self.__decoder.decode(s, final=True)
        if self.__writenl is not None:
            s = s.replace("\n", self.__writenl)
        if s:
            pos = self.__pos
            if pos == self.__len:
                self.__tail.append(s)
                self.__len += len(s)
            else:
                buf = self.__flat()
                if pos > len(buf):
                    buf += "\0" * (pos - len(buf))
                self.__buf = buf[:pos] + s + buf[pos + len(s):]
                self.__len = len(self.__buf)
            self.__pos = pos + len(s)
        return n

    def read(self, size=-1):
        self.__check()
        size = _as_size(size)
        buf, pos = self.__flat(), self.__pos
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        if pos >= end:
            return ""
        self.__pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self.__check()
        if size is not None and not hasattr(size, "__index__"):
            raise TypeError("integer argument expected, got '%s'" % type(size).__name__)
        size = _as_size(size)
        buf, pos = self.__flat(), self.__pos
        if pos >= len(buf):
            return ""
        end = _line_end(buf, pos, self.__readuniversal, self.__readtranslate, self.__readnl)
        if end < 0:
            end = len(buf)
        if size >= 0:
            end = min(end, pos + size)
        self.__pos = end
        return buf[pos:end]

    def __next__(self):
        self.__check()
        if type(self) is StringIO:
            line = StringIO.readline(self)
        else:
            line = self.readline()
            if not isinstance(line, str):
                raise OSError(
                    "readline() should have returned a str object, not '%s'"
                    % type(line).__name__
                )
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self.__check()
        return self.__pos

    def seek(self, pos, whence=0):
        self.__check()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self.__pos
        elif whence == 2:
            pos = self.__len
        self.__pos = pos
        return pos

    def truncate(self, pos=None):
        self.__check()
        pos = self.__pos if pos is None else _as_size(pos)
        if pos < 0:
            raise ValueError("Negative size value %d" % pos)
        if pos < self.__len:
            self.__buf = self.__flat()[:pos]
            self.__len = pos
        return pos

    def detach(self):
        raise UnsupportedOperation("detach")

    def __getstate__(self):
        self.__check()
        return (self.__flat(), self.__readnl, self.__pos, _user_dict(self, "_StringIO__"))

    def __setstate__(self, state):
        self.__init__(None, state[1])
        self.__buf = state[0]
        self.__len = len(state[0])
        self.__pos = state[2]
        if state[3]:
            self.__dict__.update(state[3])
