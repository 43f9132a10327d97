# IGNORECASE with ASCII, Unicode and locale (bytes) case folding, and Unicode categories.
import re

CASES = [
    ("(?i)hello", ["HeLLo world", "hello"]),
    ("(?i)[a-z]+", ["ABCdef123"]),
    ("(?i)\u00e9+", ["\u00c9\u00e9"]),
    ("(?i)k", ["\u212a", "K"]),
    ("(?i)[k-l]", ["\u212a", "L"]),
    ("(?i)s", ["\u017f", "S"]),
    ("(?ia)k", ["\u212a", "K"]),
    ("(?i)(a)\\1", ["aA"]),
    ("(?i)\u0130", ["i\u0307", "\u0130", "i"]),
    ("(?i)[\u0130]", ["i"]),
    ("(?i)\u00df", ["\u1e9e", "ss"]),
    ("(?i)[\u00c0-\u00de]+", ["\u00e0\u00e9X"]),
    ("(?i)\u03c3+", ["\u03a3\u03c2\u03c3"]),
    ("(?i)[^a]", ["A", "b"]),
    ("(?i)[\u0400-\u04ff]+", ["\u0416\u0436x"]),
    ("[\\u0600-\\u06ff\\d]+", ["x\u0627\u0661y"]),
    (r"\w+", ["na\u00efve caf\u00e9 \u00bd"]),
    (r"(?a)\w+", ["na\u00efve"]),
]
for pattern, subjects in CASES:
    p = re.compile(pattern)
    print("==", ascii(pattern))
    for s in subjects:
        m = p.search(s)
        print("  ", ascii(s), m and (m.span(), ascii(m.group())), ascii(p.findall(s)))

BCASES = [
    (b"a+", [b"xaay"]),
    (b"[\\x80-\\xff]+", [b"ab\x90\xfez"]),
    (b"\\w+", [b"ab\xe9cd"]),
    (b"(?i)ab", [b"xAB"]),
    (b"(?L)\\w+", [b"ab1 c"]),
    (b"(?iL)a[b-d]", [b"AC"]),
    (b"(?i)[^a]", [b"A", b"b"]),
    (b"(\\d)(\\w)", [b"1a 2b"]),
]
for pattern, subjects in BCASES:
    p = re.compile(pattern)
    print("==", pattern)
    for s in subjects:
        m = p.search(s)
        print("  ", s, m and (m.span(), m.group()), p.findall(s), p.split(s), p.sub(b"-", s))

p = re.compile(b"a+")
print(p.search(bytearray(b"xaay")).group(), p.sub(b"b", bytearray(b"aca")), p.findall(memoryview(b"aba")))
for pat, s in (("a", b"a"), (b"a", "a"), ("a", 1)):
    try:
        re.compile(pat).match(s)
    except TypeError as e:
        print("TypeError", e)
