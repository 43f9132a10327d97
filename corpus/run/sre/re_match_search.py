# Pattern.match / search / fullmatch over literals, sets, categories, anchors and repeats.
import re


def show(m):
    if m is None:
        return "None"
    return "%r %r %r %r" % (m.span(), m.group(), m.groups(), m.lastindex)


CASES = [
    ("a", ["a", "ba", "", "aaa"]),
    ("a+", ["aaa", "baaab", "xyz"]),
    ("a*?b", ["aaab", "b", "ab ab"]),
    ("(a|b)*c", ["ababc", "c", "abx"]),
    ("(a|bc)+?d", ["abcad", "d", "bcbcd"]),
    ("(?:ab)*c", ["ababc", "abc", "c", "abab"]),
    ("x(ab){2,3}y", ["xababy", "xabababy", "xaby", "xababababy"]),
    ("x(ab){2,3}?", ["xababab"]),
    ("^abc$", ["abc", "abc\n", "xabc"]),
    ("(?m)^b", ["a\nb", "b"]),
    ("(?m)a$", ["a\nb", "ba"]),
    (r"\Aa\Z", ["a", "a\n"]),
    (r"\bfoo\b", ["a foo b", "foobar", "foo"]),
    (r"\Bo\B", ["foo", "o"]),
    ("[a-c]+", ["xxabcabd", "zzz"]),
    ("[^a-c]+", ["abxyzc"]),
    (r"\d+\s*\w+", ["12  abc", "x 1 y", "\u0661\u0662 \u00e9t\u00e9"]),
    (r"(?a)\d+", ["\u0661\u0662 12"]),
    (r"\W+", ["ab, cd!"]),
    (r"\D\S", ["1a b"]),
    (".+", ["ab\ncd"]),
    ("(?s).+", ["ab\ncd"]),
    ("x*", ["axxb", ""]),
    ("", ["abc"]),
    ("a|", ["bab"]),
    ("a{3}", ["aaaa"]),
    ("a{2,}?", ["aaaa"]),
    ("(?:a{2})*", ["aaaaa"]),
    ("(?:a|b){2,4}?c", ["ababc"]),
    ("(?x) a  b # comment\n c", ["abc"]),
    (r"[\s\d]+", ["a 1 2b"]),
    (r"[\w.-]+", ["a.b-c d"]),
    (r"\$\d+\.\d\d", ["cost $12.50"]),
    ("(?m)^\\s*#.*$", ["a\n  # hi\nb"]),
    ("[\u4e00-\u9fff]+", ["abc\u4e2d\u6587def"]),
    ("[\u0100-\u0200\u4e00]", ["x\u0150y", "\u4e00"]),
    ("[^\u0100-\u0200\u4e00a]+", ["ab\u0150yz"]),
    ("\\s+", ["a\x1c\x1d b\u2003c\x85"]),
    ("(?a)\\s+", ["a\x1c\x0b b"]),
    ("(?m)$", ["a\nb\n"]),
    (".$", ["a\n"]),
    ("(?m).$", ["ab\ncd\n"]),
    ("a\\Z", ["a\n"]),
    (r"\d{2,}?\w", ["12345"]),
    (r"[^\W\d]+", ["ab12_c"]),
]

for pattern, subjects in CASES:
    p = re.compile(pattern)
    print("==", repr(pattern))
    for s in subjects:
        print("  match    ", show(p.match(s)))
        print("  search   ", show(p.search(s)))
        print("  fullmatch", show(p.fullmatch(s)))
        print("  from 1   ", show(p.search(s, 1)), show(p.match(s, 1, 2)))

p = re.compile("a")
print(p.match("bab", pos=1).span(), re.compile("a$").search("ab", endpos=1))
print(p.search("a", 5), re.compile("").match("abc", 2, 1))
print(re.compile("^a").match("ba", 1), re.compile("(?<=b)a").match("ba", 1))
big = "ab" * 20000 + "c"
print(re.compile("(?:ab)*c").match(big).span(), re.compile("(a|b)*c").match(big).span())
print(re.compile("(?:a|b)+?c").search(big).span(), re.compile("x").search(big))
print(re.compile("(a+)+b").match("a" * 16))
