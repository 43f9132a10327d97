# Capture marks through repeats and branches, case folding, big subjects, bytes-likes and errors.
CASES = [
    ("(a)|b", 0, ["b", "ab"]),
    ("((a)|b)*", 0, ["ab", "ba", "aba"]),
    ("(?:(a)|b|(c))*", 0, ["acb", "cab"]),
    ("(a*)*b", 0, ["aab", "b"]),
    ("(a*)+?b", 0, ["aab"]),
    ("(a*?)*?b", 0, ["aab"]),
    ("((a)|(b))*?c", 0, ["abc"]),
    ("(?:(a)(?=b)|.)*", 0, ["aab"]),
    ("(?:(?=(a))a)*", 0, ["aa"]),
    ("(?:(?!(a)b)a.)*", 0, ["acab"]),
    ("(?:a(?<=(a)))+", 0, ["aa"]),
    ("(?:(a)|b)+?$", 0, ["ab"]),
    ("^(?:(\\d+)|(\\w+))*$", 0, ["12ab34"]),
    ("(?:(x)|y)*?z", 0, ["xyz"]),
    ("(a|(b))+", 0, ["ab"]),
    ("(?:(a)|(b))*?(?:c|$)", 0, ["ab"]),
    ("(?P<n>a)(?P=n)", 0, ["aa"]),
    ("(?:()|a)+b", 0, ["aab"]),
    ("(?:(a)|())*b", 0, ["aab"]),
    ("(?:a|(?=b))*b", 0, ["aab"]),
    ("(?>(a)|b)*c", 0, ["abc"]),
    ("(?:(a)|b)++c", 0, ["abc"]),
    ("(a){0}b", 0, ["ab"]),
    ("(a)?b(?(1)c)", 0, ["abc", "bc"]),
    ("(?i)\u0130", 0, ["i\u0307", "\u0130"]),
    ("(?i)[\u0130]", 0, ["i"]),
    ("(?i)\u00df", 0, ["\u1e9e", "ss"]),
    ("(?i)[\u00c0-\u00de]+", 0, ["\u00e0\u00e9X"]),
    ("(?i)\u03c3+", 0, ["\u03a3\u03c2\u03c3"]),
    ("\\s+", 0, ["a\x1c\x1d b\u2003c\x85"]),
    ("\\s+", re.A, ["a\x1c\x0b b"]),
    ("(?m)$", 0, ["a\nb\n"]),
    (".$", 0, ["a\n"]),
    ("(?m).$", 0, ["ab\ncd\n"]),
    ("a\\Z", 0, ["a\n"]),
    ("(?<=ab|cd)x", 0, ["cdx"]),
    ("(?<!ab|cd)x", 0, ["cdx abx ex"]),
    ("(a)(?=(b))", 0, ["ab"]),
    ("(a+)+b", 0, ["a" * 18]),
    ("\\d{2,}?\\w", 0, ["12345"]),
    ("[^\\W\\d]+", 0, ["ab12_c"]),
    ("[\\u0600-\\u06ff\\d]+", 0, ["x\u0627\u0661y"]),
    ("[a-z]+(?#comment)\\d", 0, ["abc1"]),
]
def show(m):
    if m is None:
        return "None"
    return "%r %r %r %r %r" % (m.span(), m.groups(), m.lastindex, m.lastgroup, m.regs)
for pat, flags, subjects in CASES:
    p = C(pat, flags)
    print("==", repr(pat), int(flags))
    for s in subjects:
        print(" match", show(p.match(s)))
        print(" search", show(p.search(s)))
        print(" findall", p.findall(s))
        print(" split", p.split(s))
        print(" sub", p.subn(lambda m: None if m.start() % 2 else "<%s>" % m.group(), s))
big = "ab" * 50000 + "c"
p = C("(?:ab)*c", 0)
print(p.match(big).span())
p = C("(a|b)*c", 0)
print(p.match(big).span())
print(len(C("b", 0).findall(big)), len(C("[ab]", 0).split(big)))
print(C("x", 0).search(big))
print(C("(?:a|b)+?c", 0).search(big).span())
p = C("a", 0)
print(p.search(bytearray(b"xa")) if False else "skip")
print(C(b"a+", 0).search(bytearray(b"xaay")).group(), C(b"a", 0).sub(b"b", bytearray(b"aca")))
print(C(b"a", 0).findall(memoryview(b"aba")))
for bad in [lambda: C("a", 0).sub(lambda m: 1, "a"), lambda: C("a", 0).match(), lambda: C("a", 0).match("a", "x"), lambda: C("a", 0).match("a", 0, 1, 2), lambda: C("a", 0).split("a", 1, 2), lambda: C("a", 0).match("a").group(1), lambda: C("a", 0).match("a").start(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
sc = C("\\w", 0).scanner("ab c", 1)
print(sc.pattern.pattern, [sc.match() for _ in range(4)])
sc = C("", 0).scanner("ab")
print([m.span() if m else m for m in [sc.search() for _ in range(5)]])
print([m.span() for m in C("a*", 0).finditer("baaac")])
print(C("a*", 0).sub("-", "baaac"), C("a*", 0).split("baaac"))
print(C("(?P<x>a)|(?P<y>b)", 0).match("b").groupdict(), C("(?P<x>a)|(?P<y>b)", 0).match("b").lastgroup)
print(C("(a)(b)", 0).match("ab").regs, C("a", 0).match("ab", 0, 5).endpos)
