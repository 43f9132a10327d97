# The Python half of krait's `_codecs` module (Modules/_codecsmodule.c and Python/codecs.c of
# CPython 3.11): the codec search registry and its cache, `encode`/`decode`, the error-handler
# registry with the built-in handlers, and the charmap and escape codecs. The UTF-8/16/32,
# ASCII and Latin-1 functions are native and already in this namespace when it runs; so is
# `_bytes_of`, which gives a bytes-like argument's bytes or raises the decoders' TypeError.

_search_path = []
_search_cache = {}
_error_registry = {}
_encodings_loaded = False


def _load_encodings():
    # CPython imports `encodings` while the interpreter starts, so its search function is
    # always the first; here the first use of the registry does it.
    global _encodings_loaded
    if not _encodings_loaded:
        _encodings_loaded = True
        import encodings


def _str_arg(what, value):
    if not isinstance(value, str):
        raise TypeError(f"{what} must be str, not {type(value).__name__}")


def _errors(value):
    return "strict" if value is None else value


def register(search_function, /):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _load_encodings()
    _search_path.append(search_function)


def unregister(search_function, /):
    for i, f in enumerate(_search_path):
        if f is search_function:
            del _search_path[i]
            break
    _search_cache.clear()


def _normalize(encoding):
    # As _Py_normalize_encoding: ASCII letters and digits (lowered) and dots are kept, every
    # other run of characters becomes one underscore, none at the start.
    out = []
    punct = False
    for c in encoding:
        if (c.isascii() and c.isalnum()) or c == ".":
            if punct and out:
                out.append("_")
            punct = False
            out.append(c.lower())
        else:
            punct = True
    return "".join(out)


def lookup(encoding, /):
    _str_arg("lookup() argument", encoding)
    _load_encodings()
    key = _normalize(encoding)
    found = _search_cache.get(key)
    if found is not None:
        return found
    for func in _search_path:
        found = func(key)
        if found is None:
            continue
        if not isinstance(found, tuple) or len(found) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        break
    else:
        raise LookupError(f"unknown encoding: {encoding}")
    _search_cache[key] = found
    return found


def _forget_codec(encoding, /):
    _search_cache.pop(_normalize(encoding), None)


# Exceptions whose types keep more than `args`, which wrap_codec_error leaves alone.
_UNWRAPPABLE = (UnicodeError, OSError, SyntaxError, ImportError, StopIteration,
                StopAsyncIteration, SystemExit, AttributeError, NameError, BaseExceptionGroup)


def _wrapped(exc, op, encoding):
    # As _PyErr_TrySetFromCause: the same type with the operation and codec named, when the
    # exception holds nothing but its message.
    if isinstance(exc, _UNWRAPPABLE) or not isinstance(exc, Exception):
        return None
    for cls in type(exc).__mro__:
        if cls is BaseException or cls is Exception:
            break
        if "__init__" in cls.__dict__ or "__new__" in cls.__dict__:
            if cls.__module__ != "builtins":
                return None
    args = exc.args
    if len(args) > 1 or (args and not isinstance(args[0], str)):
        return None
    if getattr(exc, "__dict__", None):
        return None
    try:
        return type(exc)(f"{op} with '{encoding}' codec failed ({type(exc).__name__}: {exc})")
    except Exception:
        return None


def _call(func, obj, errors, op, encoding):
    try:
        result = func(obj, errors)
    except Exception as exc:
        new = _wrapped(exc, op, encoding)
        if new is None:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        if op == "encoding":
            raise TypeError("encoder must return a tuple (object, integer)")
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def encode(obj, encoding="utf-8", errors="strict"):
    _str_arg("encode() argument 'encoding'", encoding)
    _str_arg("encode() argument 'errors'", errors)
    return _call(lookup(encoding)[0], obj, errors, "encoding", encoding)


def decode(obj, encoding="utf-8", errors="strict"):
    _str_arg("decode() argument 'encoding'", encoding)
    _str_arg("decode() argument 'errors'", errors)
    return _call(lookup(encoding)[1], obj, errors, "decoding", encoding)


def _text_codec(encoding, what):
    # As _PyCodec_LookupTextEncoding: a CodecInfo that says it is not a text encoding is refused.
    info = lookup(encoding)
    if type(info) is not tuple and not getattr(info, "_is_text_encoding", True):
        raise LookupError(f"'{encoding}' is not a text encoding; "
                          f"use codecs.{what}() to handle arbitrary codecs")
    return info


def _encode_text(s, encoding, errors):
    # `str.encode` with a codec krait does not run natively.
    v = _call(_text_codec(encoding, "encode")[0], s, errors, "encoding", encoding)
    if isinstance(v, bytearray):
        v = bytes(v)
    if not isinstance(v, bytes):
        raise TypeError(f"'{encoding}' encoder returned '{type(v).__name__}' instead of "
                        f"'bytes'; use codecs.encode() to encode to arbitrary types")
    return v


def _decode_text(b, encoding, errors):
    # `bytes.decode` with a codec krait does not run natively.
    v = _call(_text_codec(encoding, "decode")[1], b, errors, "decoding", encoding)
    if not isinstance(v, str):
        raise TypeError(f"'{encoding}' decoder returned '{type(v).__name__}' instead of "
                        f"'str'; use codecs.decode() to decode to arbitrary types")
    return v


def register_error(errors, handler, /):
    _str_arg("register_error() argument 1", errors)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_registry[errors] = handler


def lookup_error(name, /):
    _str_arg("lookup_error() argument", name)
    try:
        return _error_registry[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


# The built-in error handlers (Python/codecs.c's PyCodec_*Errors).

def _cannot(exc):
    if not isinstance(exc, BaseException):
        raise TypeError("codec must pass exception instance")
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def strict_errors(exc, /):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc, /):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ("", exc.end)
    _cannot(exc)


def replace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * max(exc.end - exc.start, 0), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ("\ufffd" * max(exc.end - exc.start, 0), exc.end)
    _cannot(exc)


def xmlcharrefreplace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        return ("".join(f"&#{ord(c)};" for c in exc.object[exc.start:exc.end]), exc.end)
    _cannot(exc)


def _backslashed(cp):
    if cp < 0x100:
        return f"\\x{cp:02x}"
    if cp < 0x10000:
        return f"\\u{cp:04x}"
    return f"\\U{cp:08x}"


def backslashreplace_errors(exc, /):
    if isinstance(exc, UnicodeDecodeError):
        return ("".join(f"\\x{b:02x}" for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return ("".join(_backslashed(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
    _cannot(exc)


def namereplace_errors(exc, /):
    # Character names need the Unicode name database, which krait does not have yet (#6).
    if isinstance(exc, UnicodeEncodeError):
        raise NotImplementedError("krait has no Unicode character names for namereplace yet")
    _cannot(exc)


def surrogateescape_errors(exc, /):
    if isinstance(exc, UnicodeDecodeError):
        # Up to four bytes, stopping at an ASCII one, as PyCodec_SurrogateEscapeErrors does.
        out = []
        for b in exc.object[exc.start:exc.end][:4]:
            if b < 128:
                break
            out.append(chr(0xDC00 + b))
        if not out:
            raise exc
        return ("".join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xDC80 <= ord(c) <= 0xDCFF:
                raise exc
            out.append(ord(c) - 0xDC00)
        return (bytes(out), exc.end)
    _cannot(exc)


def _utf_form(encoding):
    # As codecs.c's get_standard_encoding: (bytes per unit, byte order) of a UTF codec name.
    e = encoding.lower().replace("_", "-")
    forms = {"utf-8": (1, ""), "utf8": (1, ""),
             "utf-16": (2, "little"), "utf-16-le": (2, "little"), "utf-16le": (2, "little"),
             "utf-16-be": (2, "big"), "utf-16be": (2, "big"),
             "utf-32": (4, "little"), "utf-32-le": (4, "little"), "utf-32le": (4, "little"),
             "utf-32-be": (4, "big"), "utf-32be": (4, "big")}
    return forms.get(e)


def surrogatepass_errors(exc, /):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        _cannot(exc)
    form = _utf_form(exc.encoding)
    if form is None:
        raise exc
    size, order = form
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            cp = ord(c)
            if not 0xD800 <= cp <= 0xDFFF:
                raise exc
            if size == 1:
                out += bytes((0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)))
            else:
                out += cp.to_bytes(size, order)
        return (bytes(out), exc.end)
    data = exc.object
    i = exc.start
    if size == 1:
        b = data[i:i + 3]
        if len(b) == 3 and b[0] == 0xED and 0xA0 <= b[1] <= 0xBF and 0x80 <= b[2] <= 0xBF:
            return (chr(0xD000 | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F)), i + 3)
        raise exc
    b = data[i:i + size]
    if len(b) == size:
        cp = int.from_bytes(b, order)
        if 0xD800 <= cp <= 0xDFFF:
            return (chr(cp), i + size)
    raise exc


for _name, _handler in (("strict", strict_errors), ("ignore", ignore_errors),
                        ("replace", replace_errors),
                        ("xmlcharrefreplace", xmlcharrefreplace_errors),
                        ("backslashreplace", backslashreplace_errors),
                        ("namereplace", namereplace_errors),
                        ("surrogateescape", surrogateescape_errors),
                        ("surrogatepass", surrogatepass_errors)):
    _error_registry[_name] = _handler
del _name, _handler


def _encode_error(errors, encoding, s, start, end, reason):
    # unicode_encode_call_errorhandler: calls the handler, checks its answer, returns
    # (replacement, position to resume at).
    exc = UnicodeEncodeError(encoding, s, start, end, reason)
    r = lookup_error(errors)(exc)
    if (not isinstance(r, tuple) or len(r) != 2 or not isinstance(r[0], (str, bytes))
            or not isinstance(r[1], int)):
        raise TypeError("encoding error handler must return (str/bytes, int) tuple")
    return r[0], _position(r[1], len(s))


def _decode_error(errors, encoding, data, start, end, reason):
    exc = UnicodeDecodeError(encoding, data, start, end, reason)
    r = lookup_error(errors)(exc)
    if (not isinstance(r, tuple) or len(r) != 2 or not isinstance(r[0], str)
            or not isinstance(r[1], int)):
        raise TypeError("decoding error handler must return (str, int) tuple")
    return r[0], _position(r[1], len(data))


def _position(pos, n):
    if pos < 0:
        pos += n
    if not 0 <= pos <= n:
        raise IndexError(f"position {pos} from error handler out of bounds")
    return pos


# Charmap codecs (the single-byte tables of encodings/cp*.py).

def charmap_build(map, /):
    _str_arg("charmap_build() argument", map)
    table = {}
    for i, c in enumerate(map):
        table.setdefault(ord(c), i)
    return table


def charmap_decode(data, errors=None, mapping=None, /):
    data = _bytes_of(data)
    errors = _errors(errors)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if isinstance(mapping, str):
            c = mapping[b] if b < len(mapping) else "\ufffe"
        else:
            try:
                c = mapping[b]
            except LookupError:
                c = None
            if isinstance(c, int):
                if not 0 <= c <= 0x10FFFF:
                    raise TypeError("character mapping must be in range(0x110000)")
                c = chr(c)
            elif c is not None and not isinstance(c, str):
                raise TypeError("character mapping must return integer, None or str")
        if c is not None and c != "\ufffe":
            out.append(c)
            i += 1
            continue
        rep, i = _decode_error(errors, "charmap", data, i, i + 1,
                               "character maps to <undefined>")
        out.append(rep)
    return "".join(out), n


def _charmap_byte(mapping, c):
    try:
        v = mapping[ord(c)]
    except LookupError:
        return None
    if v is None or isinstance(v, bytes):
        return v
    if isinstance(v, int):
        if not 0 <= v < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((v,))
    raise TypeError("character mapping must return integer, bytes or None, not "
                    + type(v).__name__)


def charmap_encode(str, errors=None, mapping=None, /):
    s = str
    errors = _errors(errors)
    if mapping is None:
        return latin_1_encode(s, errors)
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        b = _charmap_byte(mapping, s[i])
        if b is not None:
            out += b
            i += 1
            continue
        j = i + 1
        while j < n and _charmap_byte(mapping, s[j]) is None:
            j += 1
        reason = "character maps to <undefined>"
        rep, pos = _encode_error(errors, "charmap", s, i, j, reason)
        if isinstance(rep, bytes):
            out += rep
        else:
            for c in rep:
                b = _charmap_byte(mapping, c)
                if b is None:
                    raise UnicodeEncodeError("charmap", s, i, j, reason)
                out += b
        i = pos
    return bytes(out), n


# Escape codecs.

def escape_encode(data, errors=None, /):
    if not isinstance(data, bytes):
        raise TypeError(f"escape_encode() argument 1 must be bytes, not {type(data).__name__}")
    out = []
    for b in data:
        if b == 0x5C:
            out.append("\\\\")
        elif b == 0x27:
            out.append("\\'")
        elif b == 9:
            out.append("\\t")
        elif b == 10:
            out.append("\\n")
        elif b == 13:
            out.append("\\r")
        elif b < 32 or b >= 127:
            out.append(f"\\x{b:02x}")
        else:
            out.append(chr(b))
    return "".join(out).encode("ascii"), len(data)


_SIMPLE_ESCAPES = {0x0A: "", 0x5C: "\\", 0x27: "'", 0x22: '"', 0x62: "\b", 0x66: "\f",
                   0x74: "\t", 0x6E: "\n", 0x72: "\r", 0x76: "\v", 0x61: "\a"}
_HEX = b"0123456789abcdefABCDEF"
_OCT = b"01234567"


def _hex_run(data, i, count):
    j = i
    while j < len(data) and j - i < count and data[j] in _HEX:
        j += 1
    return j


def escape_decode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = _bytes_of(data)
    errors = _errors(errors)
    invalid = None
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(b)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[c].encode("latin-1")
        elif c in _OCT:
            v = c - 0x30
            for _ in range(2):
                if i < n and data[i] in _OCT:
                    v = v * 8 + data[i] - 0x30
                    i += 1
            if v > 0o377 and invalid is None:
                invalid = _octal_message(data, i)
            out.append(v & 0xFF)
        elif c == 0x78:
            j = _hex_run(data, i, 2)
            if j - i == 2:
                out.append(int(data[i:j], 16))
                i = j
            elif errors == "strict":
                raise ValueError(f"invalid \\x escape at position {i - 2}")
            elif errors == "replace":
                out.append(0x3F)
                i = j
            elif errors == "ignore":
                i = j
            else:
                raise ValueError(f"decoding error; unknown error handling code: {errors}")
        else:
            out.append(0x5C)
            out.append(c)
            if invalid is None:
                invalid = f"invalid escape sequence '\\{chr(c)}'"
    if invalid is not None:
        _invalid_escape(invalid)
    return bytes(out), n


def unicode_escape_encode(str, errors=None, /):
    out = []
    for c in str:
        cp = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif 32 <= cp < 127:
            out.append(c)
        else:
            out.append(_backslashed(cp))
    return "".join(out).encode("ascii"), len(str)


def raw_unicode_escape_encode(str, errors=None, /):
    out = bytearray()
    for c in str:
        cp = ord(c)
        if cp < 0x100:
            out.append(cp)
        else:
            out += _backslashed(cp).encode("ascii")
    return bytes(out), len(str)


def _escape_input(data):
    if isinstance(data, str):
        return data.encode("utf-8")
    return _bytes_of(data)


def _unicode_unescape(data, errors, final, raw):
    # _PyUnicode_DecodeUnicodeEscapeInternal and its raw sibling: bytes other than escapes
    # are Latin-1; a bad escape goes to the error handler; an unfinished one at the end of a
    # non-final chunk is left for the next call.
    name = "rawunicodeescape" if raw else "unicodeescape"
    invalid = None
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(chr(b))
            i += 1
            continue
        start = i
        if i + 1 >= n:
            if not final:
                break
            if raw:
                out.append("\\")
                i += 1
                continue
            rep, i = _decode_error(errors, name, data, start, n, "\\ at end of string")
            out.append(rep)
            continue
        c = data[i + 1]
        i += 2
        if raw and c not in (0x75, 0x55):
            out.append("\\" + chr(c))
            continue
        if not raw and c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
            continue
        if not raw and c in _OCT:
            v = c - 0x30
            for _ in range(2):
                if i < n and data[i] in _OCT:
                    v = v * 8 + data[i] - 0x30
                    i += 1
            if v > 0o377 and invalid is None:
                invalid = _octal_message(data, i)
            out.append(chr(v))
            continue
        if c == 0x4E and not raw:
            found, i = _named_escape(data, i, final)
            if found is None:
                i = start
                break
            if isinstance(found, str):
                out.append(found)
            else:
                rep, i = _decode_error(errors, name, data, start, i, found[0])
                out.append(rep)
            continue
        count = {0x78: 2, 0x75: 4, 0x55: 8}.get(c)
        if count is None:
            out.append("\\" + chr(c))
            if not raw and invalid is None:
                invalid = f"invalid escape sequence '\\{chr(c)}'"
            continue
        j = _hex_run(data, i, count)
        if j - i < count:
            if j == n and not final:
                i = start
                break
            letter = {2: "x", 4: "u", 8: "U"}[count]
            reason = f"truncated \\{letter}{'X' * count} escape"
            rep, i = _decode_error(errors, name, data, start, j, reason)
            out.append(rep)
            continue
        v = int(data[i:j], 16)
        i = j
        if v > 0x10FFFF:
            reason = "\\Uxxxxxxxx out of range" if raw else "illegal Unicode character"
            rep, i = _decode_error(errors, name, data, start, j, reason)
            out.append(rep)
            continue
        out.append(chr(v))
    if invalid is not None:
        _invalid_escape(invalid)
    return "".join(out), i


def _named_escape(data, i, final):
    # `\N{name}` after its `\N`: (character, next index), ((reason,), error end) for a bad
    # escape, or (None, i) for one a non-final chunk leaves unfinished.
    n = len(data)
    malformed = ("malformed \\N character escape",)
    if i >= n:
        return (None, i) if not final else (malformed, n)
    if data[i] != 0x7B:
        return (malformed, i)
    close = data.find(b"}", i + 1)
    if close < 0:
        return (None, i) if not final else (malformed, n)
    if close == i + 1:
        return (malformed, close)
    c = _char_by_name(data[i + 1:close].decode("latin-1"))
    if c is None:
        return (("unknown Unicode character name",), close + 1)
    return (c, close + 1)


def _octal_message(data, end):
    digits = data[end - 3:end].decode("ascii")
    return f"invalid octal escape sequence '\\{digits}'"


def _invalid_escape(message):
    # CPython warns once per call about the first unknown escape, from the code that called
    # the codec; the frames of this module are skipped.
    import sys
    import warnings
    level = 2
    f = sys._getframe(1)
    while f is not None and f.f_code.co_filename == "<frozen _codecs>":
        f = f.f_back
        level += 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)


def unicode_escape_decode(data, errors=None, final=True, /):
    return _unicode_unescape(_escape_input(data), _errors(errors), final, False)


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    return _unicode_unescape(_escape_input(data), _errors(errors), final, True)


def readbuffer_encode(data, errors=None, /):
    data = _escape_input(data)
    return data, len(data)


# UTF-7 (RFC 2152) as Objects/unicodeobject.c writes and reads it: the optional direct
# characters (set O) and whitespace written directly, everything else in "+...-" base64 runs of
# UTF-16 units.

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_UTF7_SPECIAL = "+\\~\x7f"


def _utf7_direct(c):
    # ENCODE_DIRECT with set O and whitespace direct: printable ASCII and \t\n\r, bar the
    # specials.
    return (" " <= c < "\x7f" or c in "\t\n\r") and c not in _UTF7_SPECIAL


def _is_base64(c):
    return c < 128 and chr(c) in _B64 if isinstance(c, int) else c in _B64


def utf_7_encode(str, errors=None, /):
    _str_arg("utf_7_encode() argument 1", str)
    out = []
    shifted = False
    bits = 0
    buf = 0
    for c in str:
        if shifted and _utf7_direct(c):
            if bits:
                out.append(_B64[(buf << (6 - bits)) & 0x3F])
                buf = bits = 0
            shifted = False
            if c in _B64 or c == "-":
                out.append("-")
            out.append(c)
            continue
        if not shifted:
            if c == "+":
                out.append("+-")
                continue
            if _utf7_direct(c):
                out.append(c)
                continue
            out.append("+")
            shifted = True
        cp = ord(c)
        units = [cp] if cp < 0x10000 else [0xD800 | ((cp - 0x10000) >> 10),
                                            0xDC00 | ((cp - 0x10000) & 0x3FF)]
        for u in units:
            buf = (buf << 16) | u
            bits += 16
            while bits >= 6:
                bits -= 6
                out.append(_B64[(buf >> bits) & 0x3F])
            buf &= (1 << bits) - 1
    if bits:
        out.append(_B64[(buf << (6 - bits)) & 0x3F])
    if shifted:
        out.append("-")
    return "".join(out).encode("ascii"), len(str)


def utf_7_decode(data, errors=None, final=False, /):
    data = _bytes_of(data)
    errors = _errors(errors)
    out = []
    n = len(data)
    i = 0
    shifted = False
    bits = buf = surrogate = 0
    start = shift_out = 0
    while i < n:
        ch = data[i]
        reason = None
        if shifted:
            if _is_base64(ch):
                buf = (buf << 6) | _B64.index(chr(ch))
                bits += 6
                i += 1
                if bits >= 16:
                    bits -= 16
                    unit = (buf >> bits) & 0xFFFF
                    buf &= (1 << bits) - 1
                    if surrogate:
                        if 0xDC00 <= unit <= 0xDFFF:
                            out.append(chr(0x10000 + ((surrogate - 0xD800) << 10)
                                           + (unit - 0xDC00)))
                            surrogate = 0
                            continue
                        out.append(chr(surrogate))
                        surrogate = 0
                    if 0xD800 <= unit <= 0xDBFF:
                        surrogate = unit
                    else:
                        out.append(chr(unit))
                continue
            shifted = False
            if bits >= 6:
                i += 1
                reason = "partial character in shift sequence"
            elif bits > 0 and buf != 0:
                i += 1
                reason = "non-zero padding bits in shift sequence"
            else:
                if surrogate and ch <= 127 and ch != 0x2B:
                    out.append(chr(surrogate))
                surrogate = 0
                if ch == 0x2D:
                    i += 1
                continue
        elif ch == 0x2B:
            start = i
            i += 1
            if i < n and data[i] == 0x2D:
                i += 1
                out.append("+")
                continue
            if i < n and not _is_base64(data[i]):
                i += 1
                reason = "ill-formed sequence"
            else:
                shifted = True
                surrogate = bits = buf = 0
                shift_out = len(out)
                continue
        elif ch <= 127:
            out.append(chr(ch))
            i += 1
            continue
        else:
            start = i
            i += 1
            reason = "unexpected special character"
        rep, i = _decode_error(errors, "utf7", data, start, i, reason)
        out.append(rep)
    if shifted and final:
        shifted = False
        if surrogate or bits >= 6 or (bits > 0 and buf != 0):
            rep, _ = _decode_error(errors, "utf7", data, start, n, "unterminated shift sequence")
            out.append(rep)
    if shifted:
        del out[shift_out:]
        return "".join(out), start
    return "".join(out), i


class _static(staticmethod):
    """A static method that pickles by reference to its module attribute, as CPython's C
    functions do (their `__reduce__` gives their name); `pickle` saves bytes below protocol
    3 as a call of `codecs.encode`."""
    __slots__ = ()

    def __reduce__(self):
        return self.__func__.__name__


# The encodings modules bind these as class attributes (`encode = codecs.utf_7_encode`),
# counting on C functions not becoming methods; as static methods these do not either.
for _name in ("charmap_build", "charmap_decode", "charmap_encode", "escape_encode",
              "escape_decode", "unicode_escape_encode", "unicode_escape_decode",
              "raw_unicode_escape_encode", "raw_unicode_escape_decode", "readbuffer_encode",
              "utf_7_encode", "utf_7_decode", "encode", "decode", "lookup", "register",
              "unregister", "register_error", "lookup_error"):
    globals()[_name] = _static(globals()[_name])
del _name, _static
