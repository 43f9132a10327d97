tests = [b"caf\xc3\xa9", b"caf\xe9", b"caf\xe9 ok", b"\xe2\x82", b"\xe2\x82A", b"\xe0\x80", b"\xf0\x9f\x98\x80", b"\xff\xfe", b"\xed\xa0\x80", b"\xc0\xaf", b"ab\x80cd"]
for b in tests:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
        try:
            r = b.decode("utf-8", errors)
            print(errors, ascii(r))
        except UnicodeDecodeError as e:
            print(errors, e, e.start, e.end, e.reason, e.encoding, e.object)
s = "héllo wörld \u20ac\U0001F600"
for enc in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "cp1252", "utf-8-sig"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            e = s.encode(enc, errors)
            print(enc, errors, e, e.decode(enc, "replace") if enc != "ascii" else "")
        except UnicodeEncodeError as ex:
            print(enc, errors, "ERR", ex, ex.start, ex.end)
for bad in ["\udcff", "a\ud800\udc00b", "\udc80x"]:
    for enc in ["utf-8", "utf-16", "ascii"]:
        for errors in ["strict", "surrogateescape", "surrogatepass", "replace"]:
            try: print(enc, errors, bad.encode(enc, errors))
            except UnicodeEncodeError as ex: print(enc, errors, "ERR", ex)
for b, enc in [(b"\x00a\x00", "utf-16-be"), (b"\x00\xd8\x00\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"abc", "utf-32"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\xff", "ascii"), (b"\x81", "cp1252")]:
    try: print(ascii(b.decode(enc)))
    except UnicodeDecodeError as e: print(enc, e)
for name in ["UTF8", "u8", "Latin_1", "bogus", "base64", "utf_16", "ISO-8859-15"]:
    try: print(name, "x".encode(name))
    except LookupError as e: print(name, type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"\xff", "latin1"), bytes("é", "utf-8"), bytearray("é", "latin-1"), str(b"a\xffb", errors="replace"))
try: "x".encode("utf-8", "bogus-handler"); print("lazy ok")
except LookupError as e: print(e)
try: "\xe9".encode("ascii", "bogus-handler")
except LookupError as e: print(e)
try: bytes("x")
except TypeError as e: print(e)
try: "x".encode(5)
except TypeError as e: print(e)
