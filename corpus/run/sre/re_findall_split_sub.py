# findall, finditer, split, sub and subn, including empty matches and replacement templates.
import re

CASES = [
    ("a", ["banana", ""]),
    ("x*", ["axxb", ""]),
    ("", ["abc"]),
    ("a*", ["baaac"]),
    (r"(\d+)-(\d+)", ["10-20 30-40"]),
    (r"(\d)(\w)", ["1a 2b"]),
    (r"\b", ["hi there"]),
    ("(,)", ["a,b,,c"]),
    ("(a)|(b)", ["abc"]),
    ("[ab]", ["xaybz"]),
    (r"\s+", ["  a b\tc  "]),
]

for pattern, subjects in CASES:
    p = re.compile(pattern)
    print("==", repr(pattern))
    for s in subjects:
        print("  findall ", p.findall(s), p.findall(s, 1), p.findall(s, 0, 2))
        print("  finditer", [(m.span(), m.groups()) for m in p.finditer(s)])
        print("  split   ", p.split(s), p.split(s, 1), p.split(s, maxsplit=-1))
        print("  sub     ", p.sub(lambda m: "<" + m.group() + ">", s), p.subn("-", s), p.sub("", s, 2))
        print("  subnone ", p.subn(lambda m: None if m.start() % 2 else "#", s))

print(re.sub(r"x*", "-", "abxd"))
print(re.split(r"[,;]\s*", "a, b;c,d"), re.split("(?:)", "ab"))
print(re.findall(r"(\w)(\d)?", "a1b c2"))
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError", e)
print(re.escape("a.b*c"), re.fullmatch(re.escape("1+1=2"), "1+1=2") is not None)
