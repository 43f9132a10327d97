# Encoding and decoding str with utf-8, latin-1, ascii and error handlers.
s = "héllo wörld €😀"
for enc in ["utf-8", "utf-16-le", "utf-32-be", "latin-1", "ascii", "cp1252"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
data = "naïve".encode("utf-8")
print(data, data.decode(), data.decode("latin-1"), len(data), len("naïve"))
bad = b"ok\xff\xfeend"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        r = bad.decode("utf-8", errors)
        print(errors, repr(r), len(r))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e, e.start, e.end, e.reason)
print("\udcff".encode("utf-8", "surrogateescape"), "x".encode(), str(b"abc", "ascii"), str(b"\xe9", "latin-1"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print("€".encode("utf-8").hex(), bytes.fromhex("e282ac").decode(), "A".encode("utf-16"), "😀".encode("utf-16-be"))
print(len("😀"), len("😀".encode("utf-16-le")) // 2, "\N{SNOWMAN}".encode("utf-8"))
