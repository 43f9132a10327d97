

# The `_io` module, part 3: `TextIOWrapper` (textio.c), `open`, `open_code` and
# `text_encoding` (_iomodule.c).

_UTF8 = ("utf-8", "utf8", "u8", "utf", "cp65001")
_ASCII = ("ascii", "us-ascii", "646")
_LATIN1 = ("latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin")


def _native_codec(encoding):
    # The codecs decoded here without `codecs` (utf-8, ascii, latin-1), by normalized name.
    e = encoding.lower().replace("_", "-")
    if e in _UTF8:
        return "utf-8"
    if e in _ASCII:
        return "ascii"
    if e in _LATIN1 or e in ("iso8859-1", "iso-8859-1"):
        return "latin-1"
    return None


def _utf8_partial_tail(data):
    # How many bytes at the end of `data` start a UTF-8 sequence that is not complete yet.
    n = len(data)
    for k in range(1, min(3, n) + 1):
        b = data[n - k]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
        return k if need > k else 0
    return 0


class _NativeDecoder:
    def __init__(self, codec, errors):
        self.codec = codec
        self.errors = errors
        self.pending = b""

    def decode(self, data, final=False):
        data = self.pending + bytes(data)
        if self.codec == "utf-8" and not final:
            cut = _utf8_partial_tail(data)
            if cut:
                self.pending = data[-cut:]
                data = data[:-cut]
            else:
                self.pending = b""
        else:
            self.pending = b""
        return data.decode(self.codec, self.errors)

    def getstate(self):
        return self.pending, 0

    def setstate(self, state):
        self.pending = state[0]

    def reset(self):
        self.pending = b""


class _NativeEncoder:
    def __init__(self, codec, errors):
        self.codec = codec
        self.errors = errors

    def encode(self, text, final=False):
        return text.encode(self.codec, self.errors)

    def reset(self):
        pass

    def setstate(self, state):
        pass

    def getstate(self):
        return 0


def _codec_info(encoding):
    try:
        import codecs
    except ImportError:
        raise LookupError("unknown encoding: %s" % encoding) from None
    return codecs.lookup(encoding)


def _check_optional_str(value, what):
    if value is not None and not isinstance(value, str):
        raise TypeError("%s must be str or None, not %s" % (what, type(value).__name__))


class TextIOWrapper(_TextIOBase):
    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        self._buffer = None
        _check_optional_str(encoding, "TextIOWrapper() argument 'encoding'")
        _check_optional_str(errors, "TextIOWrapper() argument 'errors'")
        _check_optional_str(newline, "TextIOWrapper() argument 'newline'")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        if errors is None:
            errors = "strict"
        self._codec = _native_codec(encoding)
        if self._codec is None:
            self._info = _codec_info(encoding)
        self._encoding = encoding
        self._errors = errors
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._buffer = buffer
        self._decoded_chars = ""
        self._decoded_chars_used = 0
        self._snapshot = None
        self._pending = []
        self._pending_bytes = 0
        self._seekable = self._telling = bool(buffer.seekable())
        self._has_read1 = hasattr(buffer, "read1")
        self._decoder = self._make_decoder() if buffer.readable() else None
        self._encoder = self._make_encoder() if buffer.writable() else None
        if self._seekable and self._encoder is not None:
            # A writer opened in the middle of a file must not write a BOM again.
            if buffer.tell() != 0:
                self._encoder.setstate(0)

    def _make_decoder(self):
        if self._codec is not None:
            d = _NativeDecoder(self._codec, self._errors)
        else:
            d = self._info.incrementaldecoder(self._errors)
        if self._readuniversal:
            d = IncrementalNewlineDecoder(d, self._readtranslate)
        return d

    def _make_encoder(self):
        if self._codec is not None:
            return _NativeEncoder(self._codec, self._errors)
        return self._info.incrementalencoder(self._errors)

    def __repr__(self):
        out = "<" + type(self).__module__ + "." + type(self).__qualname__
        try:
            out += " name=%r" % (self.name,)
        except (AttributeError, ValueError):
            pass
        try:
            out += " mode=%r" % (self.mode,)
        except AttributeError:
            pass
        return out + " encoding=%r>" % (self._encoding,)

    @property
    def buffer(self):
        return self._buffer

    def __attached(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        return self.__attached().name

    @property
    def closed(self):
        return self.__attached().closed

    @property
    def newlines(self):
        d = self._decoder
        return getattr(d, "newlines", None) if d is not None else None

    def fileno(self):
        return self.__attached().fileno()

    def isatty(self):
        return self.__attached().isatty()

    def seekable(self):
        return self.__attached().seekable()

    def readable(self):
        return self.__attached().readable()

    def writable(self):
        return self.__attached().writable()

    def __flush_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_bytes = 0
            self._buffer.write(data)

    def flush(self):
        self._checkClosed()
        self._telling = self._seekable
        self.__flush_pending()
        self._buffer.flush()

    def close(self):
        buf = self.__attached()
        if not buf.closed:
            try:
                self.flush()
            finally:
                buf.close()

    def detach(self):
        buf = self.__attached()
        self.flush()
        self._buffer = None
        return buf

    def __file_closed(self):
        # textio.c's CHECK_CLOSED: a TextIOWrapper over a built-in buffered file asks the raw
        # FileIO's descriptor at once instead of going down the `closed` properties (its
        # `raw` shortcut); None when that does not apply and the properties must answer.
        if type(self) is not TextIOWrapper:
            return None
        buf = self._buffer
        if type(buf) not in _FILE_BUFFERS or buf.__dict__.get("_Buffered__detached") is not False:
            return None
        raw = buf._Buffered__raw
        if type(raw) is not FileIO:
            return None
        return raw.__dict__.get("_FileIO__fd", -1) < 0

    def write(self, s):
        closed = self.__file_closed()
        if closed is None:
            self._checkClosed()
        elif closed:
            raise _closed_error()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._encoder is None:
            raise UnsupportedOperation("not writable")
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and "\n" in s
        if haslf and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        needflush = self._line_buffering and (haslf or "\r" in s)
        encoder = self._encoder
        if type(encoder) is _NativeEncoder:
            b = s.encode(encoder.codec, encoder.errors)
        else:
            b = encoder.encode(s)
        self._pending.append(b)
        self._pending_bytes += len(b)
        if self._pending_bytes > self._CHUNK_SIZE or needflush or self._write_through:
            self.__flush_pending()
        if needflush:
            self._buffer.flush()
        self._snapshot = None
        if self._decoder is not None:
            self._decoder.reset()
        return length

    def _set_decoded_chars(self, chars):
        self._decoded_chars = chars
        self._decoded_chars_used = 0

    def _get_decoded_chars(self, n=None):
        used = self._decoded_chars_used
        chars = self._decoded_chars[used:] if n is None else self._decoded_chars[used:used + n]
        self._decoded_chars_used = used + len(chars)
        return chars

    def _read_chunk(self):
        # One chunk of the buffer through the decoder; the snapshot (decoder flags, bytes fed
        # since) is what tell() rebuilds a position from. False at end of file.
        if self._decoder is None:
            raise ValueError("no decoder")
        if self._telling:
            dec_buffer, dec_flags = self._decoder.getstate()
        if self._has_read1:
            chunk = self._buffer.read1(self._CHUNK_SIZE)
        else:
            chunk = self._buffer.read(self._CHUNK_SIZE)
        if not isinstance(chunk, (bytes, bytearray, memoryview)):
            raise TypeError(
                "underlying %s() should have returned a bytes-like object, not '%s'"
                % ("read1" if self._has_read1 else "read", type(chunk).__name__)
            )
        eof = not chunk
        self._set_decoded_chars(self._decoder.decode(chunk, eof))
        if self._telling:
            self._snapshot = (dec_flags, dec_buffer + bytes(chunk))
        return not eof

    def __check_readable(self):
        self._checkClosed()
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        self.__flush_pending()

    def read(self, size=-1):
        self.__check_readable()
        size = _as_size(size)
        if size < 0:
            data = self._buffer.read()
            if data is None:
                data = b""
            text = self._get_decoded_chars() + self._decoder.decode(data, final=True)
            self._set_decoded_chars("")
            self._snapshot = None
            return text
        out = self._get_decoded_chars(size)
        while len(out) < size:
            more = self._read_chunk()
            out += self._get_decoded_chars(size - len(out))
            if not more:
                break
        return out

    def readline(self, size=-1):
        closed = self.__file_closed()
        if closed is None or closed or self._decoder is None:
            self.__check_readable()
        else:
            self.__flush_pending()
        if size != -1 or type(size) is not int:
            # textio.c takes a plain Py_ssize_t here: None is refused, unlike read(None).
            if size is None:
                raise TypeError("'NoneType' object cannot be interpreted as an integer")
            size = _as_size(size)
        # A whole line in what is decoded already is sliced out where it lies (textio.c
        # searches the decoded chunk from its position): copying the rest of the chunk for
        # each line made reading line by line quadratic in the chunk size.
        chars, used = self._decoded_chars, self._decoded_chars_used
        end = _line_end(chars, used, self._readuniversal, self._readtranslate, self._readnl)
        if end >= 0 and (size < 0 or end - used <= size):
            self._decoded_chars_used = end
            return chars[used:end]
        line = self._get_decoded_chars()
        self._decoded_chars_used -= len(line)
        grew = False
        start = 0
        while True:
            end = _line_end(line, start, self._readuniversal, self._readtranslate, self._readnl)
            if end >= 0:
                if size >= 0:
                    end = min(end, size)
                break
            if size >= 0 and len(line) >= size:
                end = size
                break
            start = max(0, len(line) - 2)
            more = True
            while more:
                more = self._read_chunk()
                if self._decoded_chars:
                    break
            if not self._decoded_chars:
                self._set_decoded_chars("")
                self._snapshot = None
                return line if size < 0 else line[:size]
            line += self._decoded_chars
            grew = True
        if grew:
            self._decoded_chars_used = len(self._decoded_chars) - (len(line) - end)
        else:
            self._decoded_chars_used += end
        return line[:end]

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    _COOKIE_BITS = 64

    def _pack_cookie(self, pos, flags=0, feed=0, need_eof=False, skip=0):
        # textio.c's cookie: the five fields in one integer, 64 bits each.
        return pos | (flags << 64) | (feed << 128) | (skip << 192) | (int(need_eof) << 256)

    def _unpack_cookie(self, cookie):
        mask = (1 << 64) - 1
        return (cookie & mask, (cookie >> 64) & mask, (cookie >> 128) & mask,
                bool((cookie >> 256) & mask), (cookie >> 192) & mask)

    def tell(self):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        position = self._buffer.tell()
        decoder = self._decoder
        if decoder is None or self._snapshot is None:
            return position
        dec_flags, next_input = self._snapshot
        position -= len(next_input)
        skip = self._decoded_chars_used
        if skip == 0:
            return self._pack_cookie(position, dec_flags)
        if self._codec is not None and dec_flags == 0:
            # Fast path: text that encodes back to exactly the bytes read starts cleanly.
            try:
                prefix = self._decoded_chars[:skip].encode(self._codec, self._errors)
            except UnicodeError:
                prefix = None
            if prefix is not None and next_input.startswith(prefix):
                return self._pack_cookie(position + len(prefix))
        saved = decoder.getstate()
        try:
            return self.__rebuild_cookie(decoder, position, dec_flags, next_input, skip)
        finally:
            decoder.setstate(saved)

    def __rebuild_cookie(self, decoder, start, flags, data, skip):
        # Feeds the snapshot's bytes one at a time from the last state with nothing buffered,
        # moving the start to each such safe point, until `skip` characters are decoded.
        decoder.setstate((b"", flags))
        fed = got = 0
        need_eof = False
        for i in range(len(data)):
            got += len(decoder.decode(data[i:i + 1]))
            fed += 1
            buf, now = decoder.getstate()
            if not buf and got <= skip:
                start += fed
                skip -= got
                flags = now
                fed = got = 0
            if got >= skip:
                break
        else:
            got += len(decoder.decode(b"", final=True))
            need_eof = True
            if got < skip:
                raise OSError("can't reconstruct logical file position")
        return self._pack_cookie(start, flags, fed, need_eof, skip)

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            whence = 0
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = self._buffer.seek(0, 2)
            self._set_decoded_chars("")
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
            return position
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if isinstance(cookie, float):
            raise TypeError("an integer is required")
        cookie = cookie.__index__()
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        start, flags, feed, need_eof, skip = self._unpack_cookie(cookie)
        self._buffer.seek(start)
        self._set_decoded_chars("")
        self._snapshot = None
        if self._decoder is not None:
            if cookie == 0:
                self._decoder.reset()
            else:
                self._decoder.setstate((b"", flags))
            self._snapshot = (flags, b"")
        if skip:
            data = self._buffer.read(feed)
            self._set_decoded_chars(self._decoder.decode(data, need_eof))
            self._snapshot = (flags, data)
            if len(self._decoded_chars) < skip:
                raise OSError("can't restore logical file position")
            self._decoded_chars_used = skip
        if self._encoder is not None:
            if cookie == 0:
                self._encoder.reset()
            else:
                self._encoder.setstate(0)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if self._decoder is not None and (encoding is not None or errors is not None
                                          or newline is not Ellipsis):
            if self._snapshot is not None or self._decoded_chars[self._decoded_chars_used:]:
                raise UnsupportedOperation(
                    "It is not possible to set the encoding or newline of stream after the "
                    "first read"
                )
        _check_optional_str(encoding, "reconfigure() argument 'encoding'")
        _check_optional_str(errors, "reconfigure() argument 'errors'")
        if newline is not Ellipsis:
            _check_optional_str(newline, "reconfigure() argument 'newline'")
            if newline not in (None, "", "\n", "\r", "\r\n"):
                raise ValueError("illegal newline value: %s" % newline)
        self.flush()
        if encoding is not None or errors is not None:
            if encoding is not None:
                if encoding == "locale":
                    encoding = "UTF-8"
                self._codec = _native_codec(encoding)
                if self._codec is None:
                    self._info = _codec_info(encoding)
                self._encoding = encoding
                if errors is None:
                    errors = "strict"
            if errors is not None:
                self._errors = errors
        if newline is not Ellipsis:
            self._readuniversal = not newline
            self._readtranslate = newline is None
            self._readnl = newline
            self._writetranslate = newline != ""
            self._writenl = newline or "\n"
        if self._decoder is not None:
            self._decoder = self._make_decoder()
        if self._encoder is not None:
            self._encoder = self._make_encoder()
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        if not hasattr(buffering, "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(buffering).__name__)
        buffering = buffering.__index__()
    _check_optional_str(encoding, "open() argument 'encoding'")
    _check_optional_str(errors, "open() argument 'errors'")
    _check_optional_str(newline, "open() argument 'newline'")
    seen = set()
    for c in mode:
        if c not in "rwxabt+" or c in seen:
            raise ValueError("invalid mode: %r" % (mode,))
        seen.add(c)
    creating, reading, writing = "x" in seen, "r" in seen, "w" in seen
    appending, updating = "a" in seen, "+" in seen
    text, binary = "t" in seen, "b" in seen
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the "
                      "default buffer size will be used", RuntimeWarning, 2)
    rawmode = ("x" if creating else "r" if reading else "w" if writing else
               "a" if appending else "") + ("+" if updating else "")
    raw = FileIO(file, rawmode, closefd, opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        result = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


class _StdWriter(BufferedWriter):
    # `sys.stdout.buffer`/`sys.stderr.buffer`: every write goes on at once to the descriptor,
    # whose bytes the interpreter's stream keeps in order with the text `print` wrote.
    def write(self, b):
        n = BufferedWriter.write(self, b)
        BufferedWriter.flush(self)
        return n


_StdWriter.__name__ = _StdWriter.__qualname__ = "BufferedWriter"
# The buffered file classes whose `closed` TextIOWrapper may read off the raw FileIO.
_FILE_BUFFERS = (BufferedReader, BufferedWriter, BufferedRandom, _StdWriter)
_std_buffers = {}


def _std_buffer(fd, unbuffered):
    b = _std_buffers.get(fd)
    if b is None:
        raw = FileIO(fd, "rb" if fd == 0 else "wb", closefd=False)
        raw.name = "<stdin>" if fd == 0 else "<stdout>" if fd == 1 else "<stderr>"
        if fd == 0:
            b = BufferedReader(raw)
        elif unbuffered:
            b = raw
        else:
            b = _StdWriter(raw)
        _std_buffers[fd] = b
    return b

