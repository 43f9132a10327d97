# Pattern and Match behaviour over every opcode family; C(pattern, flags) compiles.
# Shared test body: C(pattern, flags) gives a compiled pattern.
CASES = [
    ("a", 0, ["a", "ba", "", "aaa"]),
    ("a+", 0, ["aaa", "baaab", "xyz"]),
    ("a*?b", 0, ["aaab", "b", "ab ab"]),
    ("(a|b)*c", 0, ["ababc", "c", "abx"]),
    ("(a|bc)+?d", 0, ["abcad", "d", "bcbcd"]),
    ("(?:ab)*c", 0, ["ababc", "abc", "c", "abab"]),
    ("x(ab){2,3}y", 0, ["xababy", "xabababy", "xaby", "xababababy"]),
    ("x(ab){2,3}?", 0, ["xababab"]),
    ("^abc$", 0, ["abc", "abc\n", "xabc"]),
    ("^b", re.M, ["a\nb", "b"]),
    ("a$", re.M, ["a\nb", "ba"]),
    ("\\Aa\\Z", 0, ["a", "a\n"]),
    ("\\bfoo\\b", 0, ["a foo b", "foobar", "foo"]),
    ("\\Bo\\B", 0, ["foo", "o"]),
    ("[a-c]+", 0, ["xxabcabd", "zzz"]),
    ("[^a-c]+", 0, ["abxyzc"]),
    ("\\d+\\s*\\w+", 0, ["12  abc", "x 1 y", "\u0661\u0662 \u00e9t\u00e9"]),
    ("\\d+", re.A, ["\u0661\u0662 12"]),
    ("\\W+", 0, ["ab, cd!"]),
    ("\\D\\S", 0, ["1a b"]),
    ("(?i)hello", 0, ["HeLLo world", "hello"]),
    ("(?i)[a-z]+", 0, ["ABCdef123"]),
    ("(?i)\u00e9+", 0, ["\u00c9\u00e9"]),
    ("(?i)k", 0, ["\u212a"]),
    ("(?i)[k-l]", 0, ["\u212a", "L"]),
    ("(?i)s", 0, ["\u017f", "S"]),
    ("(?ia)k", 0, ["\u212a", "K"]),
    ("(a)(b)?(c)", 0, ["ac", "abc"]),
    ("(?P<first>\\w+) (?P<last>\\w+)", 0, ["John Smith", "x"]),
    ("(a)|(b)", 0, ["b", "a"]),
    ("(a)\\1", 0, ["aa", "ab"]),
    ("(?i)(a)\\1", 0, ["aA"]),
    ("(a)?(?(1)b|c)", 0, ["ab", "c", "ac"]),
    ("(?=a)a", 0, ["a"]),
    ("a(?!b)", 0, ["ab ac"]),
    ("(?<=a)b", 0, ["ab", "cb"]),
    ("(?<!a)b", 0, ["ab", "cb"]),
    ("(?<=(a))b", 0, ["ab"]),
    ("(?>a+)b", 0, ["aaab"]),
    ("(?>a+)a", 0, ["aaaa"]),
    ("a++a", 0, ["aaaa"]),
    ("a++b", 0, ["aaab"]),
    ("(?:ab)++c", 0, ["ababc"]),
    ("(?:ab)*+ab", 0, ["abab"]),
    ("(ab|a)*+b", 0, ["abab"]),
    ("x*", 0, ["axxb", ""]),
    ("", 0, ["abc"]),
    ("a|", 0, ["bab"]),
    (".+", 0, ["ab\ncd"]),
    (".+", re.S, ["ab\ncd"]),
    ("(a*)*", 0, ["aa", "b"]),
    ("(a*)+", 0, ["aa", "b"]),
    ("(a|b)*?c", 0, ["abac"]),
    ("(?:(a)|b)*", 0, ["ab", "ba"]),
    ("(?:(a)|(b))+", 0, ["ab", "aab", "ba"]),
    ("((a)|b)+", 0, ["ab", "ba"]),
    ("(a+|b+)*c", 0, ["aabbc"]),
    ("[\u4e00-\u9fff]+", 0, ["abc\u4e2d\u6587def"]),
    ("[\u0100-\u0200\u4e00]", 0, ["x\u0150y", "\u4e00"]),
    ("[^\u0100-\u0200\u4e00a]+", 0, ["ab\u0150yz"]),
    ("\\w+@\\w+\\.com", 0, ["mail bob@example.com now"]),
    ("(\\d+)-(\\d+)", 0, ["10-20 30-40"]),
    ("(?s:.)(?i:A)", 0, ["\na"]),
    ("a{3}", 0, ["aaaa"]),
    ("a{2,}?", 0, ["aaaa"]),
    ("(?:a{2})*", 0, ["aaaaa"]),
    ("(?:a|b){2,4}?c", 0, ["ababc"]),
    ("(?x) a  b # comment\n c", 0, ["abc"]),
    ("[\\s\\d]+", 0, ["a 1 2b"]),
    ("[\\w.-]+", 0, ["a.b-c d"]),
    ("\\$\\d+\\.\\d\\d", 0, ["cost $12.50"]),
    ("(?m)^\\s*#.*$", 0, ["a\n  # hi\nb"]),
    ("(?<=\\d{3})x", 0, ["123x"]),
    ("(?:(?!ab).)+", 0, ["xxabyy"]),
    ("(a)(?:(b)|c)*", 0, ["abcb", "acbc"]),
    ("(?:x(a)|y(b))*", 0, ["xayb", "ybxa"]),
    ("(a|ab)(c|bcd)(d*)", 0, ["abcd"]),
    ("([ab]*?)(b)?", 0, ["ab"]),
    ("(?:(a)|b)(?(1)c|d)", 0, ["ac", "bd", "bc"]),
]
BCASES = [
    (b"a+", 0, [b"xaay"]),
    (b"[\\x80-\\xff]+", 0, [b"ab\x90\xfez"]),
    (b"\\w+", 0, [b"ab\xe9cd"]),
    (b"(?i)ab", 0, [b"xAB"]),
    (b"(?L)\\w+", 0, [b"ab1 c"]),
    (b"(?iL)a[b-d]", 0, [b"AC"]),
    (b"(\\d)(\\w)", 0, [b"1a 2b"]),
]

def show(m):
    if m is None:
        return "None"
    return "%r %r %r %r %r %r %r" % (m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs)

for pat, flags, subjects in CASES + BCASES:
    p = C(pat, flags)
    print("==", repr(pat), int(flags), p.groups, sorted(p.groupindex.items()))
    for s in subjects:
        print(" match", show(p.match(s)))
        print(" search", show(p.search(s)))
        print(" full", show(p.fullmatch(s)))
        print(" findall", p.findall(s))
        print(" iter", [m.span() for m in p.finditer(s)])
        print(" split", p.split(s), p.split(s, 1))
        print(" sub", p.sub(lambda m: (m.group() * 2), s), p.subn(s[:0], s))
        print(" pos", show(p.search(s, 1)), show(p.match(s, 1, 2)))
        sc = p.scanner(s)
        print(" scan", show(sc.search()), show(sc.match()), show(sc.search()))
m = C("(?P<a>x)(y)?", 0).match("xz")
print(m[0], m["a"], m[1], m[2], m.group(0, 1, "a"), m.start(1), m.end("a"), m.span(2), m.groups("-"), m.groupdict(0))
for bad in (3, "b", -1, [1]):
    try:
        m.group(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(m.pos, m.endpos, m.string, m.re.pattern)
print(repr(m))
print(repr(C("a" * 30, 0).match("a" * 40)))
for f in (0, re.I, re.I | re.M, re.A, re.S | re.X):
    print(repr(C("a+", f)))
print(repr(C(b"a+", 0)), repr(C(b"a", re.L)))
print(C("a", 0) == C("a", 0), C("a", 0) == C("a", re.I), hash(C("a", 0)) == hash(C("a", 0)))
try:
    C("a", 0).match(b"a")
except TypeError as e:
    print(e)
try:
    C(b"a", 0).match("a")
except TypeError as e:
    print(e)
try:
    C("a", 0).match(1)
except TypeError as e:
    print(e)
print(C("a", 0).sub("x", "banana", 2), C("a", 0).subn("", "banana"))
print(C(",", 0).split("a,b,,c", -1), C("(,)", 0).split("a,b", maxsplit=5))
print(C("x*", 0).sub("-", "abxd"))
print(C("", 0).split("abc"))
print(C("(?:)", 0).findall("ab"), C("\\b", 0).split("hi there"))
print(C("a", 0).match("bab", pos=1).span(), C("a$", 0).search("ab", endpos=1))
print(C("a", 0).search("a", 5), C("", 0).match("abc", 2, 1))
print(type(C("a", 0)).__name__, type(C("a", 0).match("a")).__name__)
print(C("(a)(b)", 0).match("ab").expand if False else "skip")
