# Match objects: groups by number and name, spans, lastindex/lastgroup, regs, repr, errors.
import re


def show(m):
    if m is None:
        return "None"
    return "%r %r %r %r %r %r" % (m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs)


CASES = [
    ("(a)(b)?(c)", ["ac", "abc"]),
    (r"(?P<first>\w+) (?P<last>\w+)", ["John Smith", "x"]),
    ("(a)|(b)", ["b", "a"]),
    ("(a)|b", ["b", "ab"]),
    ("((a)|b)*", ["ab", "ba", "aba"]),
    ("(?:(a)|b|(c))*", ["acb", "cab"]),
    ("(a*)*b", ["aab", "b"]),
    ("(a*)+?b", ["aab"]),
    ("(a*?)*?b", ["aab"]),
    ("((a)|(b))*?c", ["abc"]),
    ("(?:(a)|(b))+", ["ab", "aab", "ba"]),
    ("(a+|b+)*c", ["aabbc"]),
    ("(a|b)*?c", ["abac"]),
    ("(?:(x)|y)*?z", ["xyz"]),
    ("(a|(b))+", ["ab"]),
    ("(?:(a)|(b))*?(?:c|$)", ["ab"]),
    ("(?:()|a)+b", ["aab"]),
    ("(?:(a)|())*b", ["aab"]),
    ("(a)(?:(b)|c)*", ["abcb", "acbc"]),
    ("(?:x(a)|y(b))*", ["xayb", "ybxa"]),
    ("(a|ab)(c|bcd)(d*)", ["abcd"]),
    ("([ab]*?)(b)?", ["ab"]),
    ("(a){0}b", ["ab"]),
    ("^(?:(\\d+)|(\\w+))*$", ["12ab34"]),
    ("(?P<x>a)|(?P<y>b)", ["b", "a"]),
]

for pattern, subjects in CASES:
    p = re.compile(pattern)
    print("==", repr(pattern), p.groups, sorted(p.groupindex.items()))
    for s in subjects:
        print("  match ", show(p.match(s)))
        print("  search", show(p.search(s)))

m = re.compile("(?P<a>x)(y)?").match("xz")
print(m[0], m["a"], m[1], m[2], m.group(0, 1, "a"), m.start(1), m.end("a"), m.span(2))
print(m.groups("-"), m.groupdict(0), m.group(True))
for bad in (3, "b", -1, [1], 1.0):
    try:
        m.group(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    m.start(5)
except IndexError as e:
    print("IndexError", e)
print(m.pos, m.endpos, m.string, m.re.pattern, m.re is re.compile("(?P<a>x)(y)?"))
print(repr(m))
print(repr(re.compile("a" * 30).match("a" * 40)))
print(repr(re.compile("x").match("x\n" * 3 + "y", 0)))
print(repr(re.compile(b"a+").match(b"aaa")))
m = re.compile("(a)(b)").match("ab", 0, 5)
print(m.regs, m.endpos, m.expand(r"\2\1-\g<1>"), m.expand(r"[\g<0>]"))
print(type(m).__name__, type(m).__module__, type(re.compile("a")).__name__)
print(re.Match, re.Pattern)
