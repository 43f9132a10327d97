# codecs: lookup, encode/decode with every built-in error handler, the codec functions of _codecs.
import codecs
for name in ["utf-8", "UTF8", "latin_1", "ascii", "utf-16", "utf_16_be", "utf-32-le", "cp1252", "koi8_r", "rot13"]:
    ci = codecs.lookup(name)
    print(name, ci.name, ci._is_text_encoding)
try:
    codecs.lookup("nope-codec")
except LookupError as e:
    print("LookupError", e)
text = "héllo wörld € \U0001F600"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1", "ascii", "cp1252"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = codecs.encode(text, enc, err)
            print(enc, err, b)
            print("  back", codecs.decode(b, enc, err))
        except UnicodeError as e:
            print(enc, err, type(e).__name__, e, e.start, e.end, e.reason)
bad = b"ok\xff\xfe\xc3(\xe2\x82"
for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        s = bad.decode("utf-8", err)
        print(err, ascii(s))
        if err == "surrogateescape":
            print(s.encode("utf-8", "surrogateescape"))
    except UnicodeDecodeError as e:
        print(err, e, e.object, e.start, e.end, e.reason, e.encoding)
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print("\ud800".encode("utf-16-le", "surrogatepass"))
print(codecs.encode(b"hello", "rot13") if False else codecs.encode("hello", "rot13"))
try:
    "x".encode("rot13")
except LookupError as e:
    print(e)
try:
except LookupError as e:
    print(e)
try:
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(codecs.utf_8_decode(b"ab\xe2\x82", "strict", False))
print(codecs.utf_8_decode(b"ab\xe2\x82\xac", None, True))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a\x00", "strict", 0, False))
print(codecs.utf_16_encode("ab", None, 1), codecs.utf_32_encode("a"))
print(codecs.latin_1_encode("abc"), codecs.ascii_decode(b"abc"))
print(codecs.escape_encode(b"a'\"\\\n\x00\xff"), codecs.escape_decode(b"\\x41\\101\\n"))
print(codecs.unicode_escape_encode("a\\\t\u1234\U00012345\xe9"))
print(codecs.unicode_escape_decode(b"a\\u1234\\x41\\n\\U0001f600"))
print(codecs.unicode_escape_decode(b"ab\\x4", "strict", False))
try:
    codecs.unicode_escape_decode(b"ab\\x4")
except UnicodeDecodeError as e:
    print(e)
print(codecs.raw_unicode_escape_encode("a\\\xe9\u1234"), codecs.raw_unicode_escape_decode(b"a\\\\u1234\\u00e9\\x"))
print(codecs.readbuffer_encode(b"abc"), codecs.readbuffer_encode("é"))
print(codecs.charmap_decode(b"\x80abc", "strict", "abc" + "\ufffe" * 125 + "\u20ac"), codecs.charmap_build("abc"))
print(codecs.charmap_encode("ab€", "strict", codecs.charmap_build("€ab")))
try:
    codecs.charmap_encode("abz", "strict", codecs.charmap_build("ab"))
except UnicodeEncodeError as e:
    print(e)
print(codecs.charmap_encode("abzz", "replace", {97: 1, 98: b"B", 63: 63}))
print(b"\x81".decode("cp1252", "replace"), "€".encode("cp1252"), codecs.decode(b"\x80", "cp1252"))
print(codecs.unicode_escape_decode(b"\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{EM DASH}"))
for bad in [b"\\N{nope}", b"\\Nx", b"\\N{}", b"\\N{abc", b"\\N"]:
    try: print(codecs.unicode_escape_decode(bad))
    except UnicodeDecodeError as e: print(e, e.start, e.end)
    print(codecs.unicode_escape_decode(bad, "replace"))
print(codecs.unicode_escape_decode(b"ab\\N{LATIN", "strict", False))
