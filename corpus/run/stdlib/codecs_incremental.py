# codecs: incremental decoders/encoders, iterdecode/iterencode, and the escape codecs.
import codecs

text = "añ€😀z" * 3
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1", "cp1252", "ascii", "unicode_escape", "raw_unicode_escape"]:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, "cannot encode:", e)
        data = text.encode(enc, "replace")
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b"", final=True))
    print(enc, len(data), "".join(parts) == data.decode(enc), [p for p in parts if p][:6])
    enc_ = codecs.getincrementalencoder(enc)()
    out = b"".join(enc_.encode(c) for c in text) + enc_.encode("", final=True)
    print("  incremental encode equal:", out == data)

d = codecs.getincrementaldecoder("utf-8")(errors="replace")
print(repr(d.decode(b"ab\xe2\x82")), repr(d.decode(b"\xac\xff")), repr(d.decode(b"\xe2", final=True)))
d = codecs.getincrementaldecoder("utf-8")()
d.decode(b"\xe2")
print(d.getstate())
d.reset()
print(d.getstate())
try:
    d.decode(b"\xe2", final=True)
except UnicodeDecodeError as e:
    print("final:", e)
d = codecs.getincrementaldecoder("utf-16")()
print(repr(d.decode(b"\xfe")), repr(d.decode(b"\xff\x00")), repr(d.decode(b"a\x00b")))
print(codecs.iterdecode([b"h\xc3", b"\xa9llo", b"!"], "utf-8").__class__.__name__)
print("".join(codecs.iterdecode([b"h\xc3", b"\xa9llo", b"!"], "utf-8")))
print(b"".join(codecs.iterencode(["h\xe9", "llo"], "utf-16-le")))
print(codecs.getencoder("latin-1")("abc"), codecs.getdecoder("utf-8")(b"\xc3\xa9"))
r = codecs.getreader("utf-8")
w = codecs.getwriter("utf-8")
print(r.__name__, w.__name__)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM)
print(codecs.decode(b"\xef\xbb\xbfabc", "utf-8-sig"), codecs.encode("abc", "utf-8-sig"))
print(codecs.encode("hello", "rot13"), codecs.decode("uryyb", "rot_13"))
for err in ["strict", "ignore", "replace"]:
    try:
        print(err, codecs.decode(b"a\\x4g\\u12", "unicode_escape", err))
    except UnicodeDecodeError as e:
        print(err, e)
