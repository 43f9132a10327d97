# find/rfind/index/count/startswith/endswith/split/partition/replace/strip and slicing over
# ASCII, non-ASCII and lone-surrogate text, with start/end bounds on either side of the
# stride of krait's code point index (64), and split's maxsplit remainder keeping its spaces.
texts = [
    "abcabc" * 30,
    "héllo wörld, ünïcode ✓ text 𝄞 " * 7,
    "a\ud800b\udc00c" * 40 + "\ud800\udc00",
    "",
    "x",
]
for t in texts:
    n = len(t)
    for sub in ["", "a", "b", "bc", "ö", "✓ t", "𝄞", "\ud800", "\udc00c", "zz", t[60:70], t[-3:]]:
        for st, en in [(None, None), (0, n), (3, None), (63, 130), (64, 65), (-70, -2), (n, n),
                       (n + 1, None), (10, 5), (-1000, 1000), (129, n)]:
            args = [a for a in (st, en) if a is not None] if en is not None or st is not None else []
            if st is None and en is not None:
                args = [0, en]
            r = (t.find(sub, *args), t.rfind(sub, *args), t.count(sub, *args),
                 t.startswith(sub, *args), t.endswith(sub, *args))
            print(repr(sub), args, r, ascii(t[st:en]))
    for sep in ["b", "ö", ", ", "\ud800", "zz", "bcab"]:
        for m in (-1, 0, 1, 2, 5):
            print(ascii(t.split(sep, m)[:4]), ascii(t.rsplit(sep, m)[-4:]))
        print(ascii(t.partition(sep)[::2]), ascii(t.rpartition(sep)[::2]))
        print(ascii(t.replace(sep, "<>")[:50]), ascii(t.replace(sep, "", 2)[:50]))
    print(ascii(t[5:200:3]), ascii(t[::-7]), ascii(t[100:64:-1]))
    print(ascii([t[i] for i in range(0, n, 13)]), ascii("".join(reversed(t))[:30]))
    print(sum(1 for c in t if c > "z"), ascii(t.strip("a✓ \ud800")[:20]), ascii(t.strip()[-10:]))
s = "abc"
print(s[:] is s, s[0:3] is s, s.partition("z")[0] is s, s.rpartition("z")[2] is s)
for t in ["  a b  c  ", "\t\nx  y\x1c z \u3000 w\u3000", "   ", "a"]:
    for m in (-1, 0, 1, 2):
        print(ascii(t.split(None, m)), ascii(t.rsplit(None, m)), ascii(t.split(maxsplit=m)))
    print(ascii(t.strip()), ascii(t.lstrip(" \t")), ascii(t.rstrip("\u3000w ")))
try:
    "abc".find(1)
except TypeError as e:
    print(e)
try:
    "abc".replace("a", 1)
except TypeError as e:
    print(e)
try:
    "abc".partition("")
except ValueError as e:
    print(e)
