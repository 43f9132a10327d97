# codecs: error handlers and a search function registered from Python, used by str.encode too.
import codecs

def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end]
        return ("<" + ",".join("U+%04X" % ord(c) for c in bad) + ">", exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)
    raise exc

codecs.register_error("angle", handler)
print(codecs.lookup_error("angle") is handler)
print("naïve café ☃".encode("ascii", "angle"))
print("naïve".encode("latin-1", "angle"), "x\u20acy".encode("cp1252", "angle"), "x\u0100y".encode("cp1252", "angle"))
print(b"a\xffb\xfe\xfd".decode("utf-8", "angle"), b"a\x81".decode("ascii", "angle"))
print(codecs.decode(b"a\x81b", "ascii", "angle"), codecs.encode("a\u0394", "ascii", "angle"))

def skipper(exc):
    return ("", exc.end + 1)
codecs.register_error("skip2", skipper)
print("aébcd".encode("ascii", "skip2"))

def bytes_rep(exc):
    return (b"??", exc.end)
codecs.register_error("bytesrep", bytes_rep)
print("aéb".encode("latin-1", "strict"), "a€b".encode("latin-1", "bytesrep"))

def bad_handler(exc):
    return 42
codecs.register_error("bad", bad_handler)
for call in (lambda: "é".encode("ascii", "bad"), lambda: b"\xff".decode("utf-8", "bad")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def oob(exc):
    return ("", 100)
codecs.register_error("oob", oob)
try:
    "é".encode("ascii", "oob")
except IndexError as e:
    print("IndexError:", e)
try:
    "é".encode("ascii", "no-such-handler")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.lookup_error("missing")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.register_error("x", 3)
except TypeError as e:
    print("TypeError:", e)

for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
    h = codecs.lookup_error(name)
    for exc in [UnicodeEncodeError("ascii", "a\xe9\udcff\u20ac", 1, 2, "r"),
                UnicodeEncodeError("utf-8", "a\ud800b", 1, 2, "r"),
                UnicodeDecodeError("utf-8", b"a\xff\xed\xa0\x80", 1, 2, "r"),
                UnicodeDecodeError("utf-8", b"a\xed\xa0\x80", 1, 2, "r"),
                UnicodeTranslateError("a\xe9b", 1, 2, "r"),
                ValueError("v")]:
        try:
            print(name, type(exc).__name__, repr(h(exc)))
        except Exception as e:
            print(name, type(exc).__name__, "raises", type(e).__name__, e)

# A custom search function
class Rot1Codec(codecs.Codec):
    def encode(self, s, errors="strict"):
        return bytes(ord(c) + 1 for c in s), len(s)
    def decode(self, b, errors="strict"):
        return "".join(chr(x - 1) for x in bytes(b)), len(b)

def search(name):
    print("search called with", repr(name))
    if name == "rot_one":
        c = Rot1Codec()
        return codecs.CodecInfo(c.encode, c.decode, name="rot-one")
    if name == "badshape":
        return (1, 2)
    return None

codecs.register(search)
info = codecs.lookup("Rot-One")
print(info.name, type(info).__name__, info._is_text_encoding)
print(codecs.lookup("rot one") is info)
print("abc".encode("rot-one"), b"bcd".decode("ROT_ONE"), codecs.encode("xyz", "rot_one"))
print(str(b"IBM", "rot-one"), bytes("hal", "rot-one"))
try:
    codecs.lookup("badshape")
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.lookup("unknown-xyz")
except LookupError as e:
    print("LookupError:", e)
codecs.unregister(search)
try:
    codecs.lookup("rot-one")
except LookupError as e:
    print("after unregister:", e)
