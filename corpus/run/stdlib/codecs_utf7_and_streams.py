# codecs: the UTF-7 codec (whole and incremental), and StreamReader/StreamWriter over a
# minimal stream for codecs whose functions the encodings modules bind as class attributes.
import codecs
for t in ["Hi Mom -☺-!", "日本語", "a+b", "\U0001F600z", "1 + 2 = 3\n\t~\\"]:
    b = t.encode("utf-7")
    print(repr(t), b, b.decode("utf-7") == t, codecs.utf_7_decode(b[:-1], "strict", False))
for bad in [b"+A-", b"+AGE", b"a+\xffb", b"+2D3-x"]:
    for err in ("strict", "replace", "backslashreplace"):
        try:
            print(bad, err, repr(bad.decode("utf-7", err)))
        except UnicodeDecodeError as e:
            print(bad, err, e)
dec = codecs.getincrementaldecoder("utf-7")()
print([dec.decode(bytes([c])) for c in "x+ZeVnLIqe-y".encode()] + [dec.decode(b"", True)])

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(bytes(b))

class Source:
    def __init__(self, data):
        self.data = data
    def read(self, size=-1):
        if size < 0:
            size = len(self.data)
        chunk, self.data = self.data[:size], self.data[size:]
        return chunk

for enc in ["unicode_escape", "raw_unicode_escape", "utf-7", "utf-8", "utf-16", "latin-1", "cp437"]:
    sink = Sink()
    w = codecs.getwriter(enc)(sink, "replace")
    w.write("Zoë ")
    w.writelines(["line\n", "Ω≈"])
    data = b"".join(sink.parts)
    print(enc, data)
    r = codecs.getreader(enc)(Source(data))
    print("  read:", repr(r.read()))
    print("  codec funcs:", codecs.lookup(enc).encode("ab")[1], codecs.lookup(enc).decode(data[:2])[1] <= 2)
