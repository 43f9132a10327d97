# Lookahead, lookbehind, conditionals, back references, atomic groups and possessive repeats.
import re

CASES = [
    ("(?=a)a", ["a"]),
    ("a(?!b)", ["ab ac"]),
    ("(?<=a)b", ["ab", "cb"]),
    ("(?<!a)b", ["ab", "cb"]),
    ("(?<=(a))b", ["ab"]),
    ("(?<=ab|cd)x", ["cdx"]),
    ("(?<!ab|cd)x", ["cdx abx ex"]),
    ("(a)(?=(b))", ["ab"]),
    (r"(?<=\d{3})x", ["123x"]),
    ("(?:(?!ab).)+", ["xxabyy"]),
    ("(?:(a)(?=b)|.)*", ["aab"]),
    ("(?:(?=(a))a)*", ["aa"]),
    ("(?:(?!(a)b)a.)*", ["acab"]),
    ("(?:a(?<=(a)))+", ["aa"]),
    ("(?:a|(?=b))*b", ["aab"]),
    ("(a)\\1", ["aa", "ab"]),
    ("(?P<n>a)(?P=n)", ["aa"]),
    ("(a)?(?(1)b|c)", ["ab", "c", "ac"]),
    ("(?:(a)|b)(?(1)c|d)", ["ac", "bd", "bc"]),
    ("(a)?b(?(1)c)", ["abc", "bc"]),
    ("(?>a+)b", ["aaab"]),
    ("(?>a+)a", ["aaaa"]),
    ("(?>(a)|b)*c", ["abc"]),
    ("a++a", ["aaaa"]),
    ("a++b", ["aaab"]),
    ("a?+a", ["a"]),
    ("a{1,2}+a", ["aaa"]),
    ("(?:ab)++c", ["ababc"]),
    ("(?:ab)*+ab", ["abab"]),
    ("(ab|a)*+b", ["abab"]),
    ("(?:(a)|b)++c", ["abc"]),
    ("(?:a|ab){2}+c", ["aabc", "abac"]),
]
for pattern, subjects in CASES:
    p = re.compile(pattern)
    print("==", pattern)
    for s in subjects:
        m = p.search(s)
        print("  ", repr(s), m and (m.span(), m.groups(), m.lastindex), p.findall(s))
