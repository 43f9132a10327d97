# Pattern attributes, repr with flags, equality and hashing, copying, scanners and the cache.
import copy
import re

for flags in (0, re.I, re.I | re.M, re.A, re.S | re.X, re.U, re.I | re.DEBUG * 0):
    p = re.compile("a+", flags)
    print(repr(p), p.flags, p.groups, dict(p.groupindex))
print(repr(re.compile(b"a+")), repr(re.compile(b"a", re.L)), repr(re.compile("x" * 300))[-20:])
print(repr(re.compile("(?P<year>\\d{4})-(?P<mon>\\d\\d)")))
p = re.compile("(?P<year>\\d{4})-(?P<mon>\\d\\d)")
print(p.groupindex["year"], p.pattern, p.groups, type(p.groupindex).__name__)
print(p.groupindex, repr(p.groupindex), len(p.groupindex), list(p.groupindex))
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
print(re.compile("a") != re.compile("b"), hash(re.compile("a")) == hash(re.compile("a")))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = p.match("2024-05")
print(copy.copy(m) is m, m.group("year", "mon"))

sc = re.compile(r"\w").scanner("ab c", 1)
print(sc.pattern.pattern, [m and m.group() for m in [sc.match() for _ in range(4)]])
sc = re.compile("").scanner("ab")
print([m.span() if m else m for m in [sc.search() for _ in range(5)]])
sc = re.compile(r"\d+").scanner("a1 22 333")
print([sc.search().group() for _ in range(3)], sc.search(), sc.search())

try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: p.match(), lambda: p.match("a", "x"), lambda: p.match("a", 0, 1, 2),
            lambda: p.split("a", 1, 2), lambda: p.sub("a"), lambda: p.findall(b"x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(re.compile("a").match("a", pos=0, endpos=1).span())
print(re.purge(), re.match("x", "xy").span(), re.search("y", "xy").span())
print(re.fullmatch("x+", "xxx").span(), re.findall("o", "foo"), re.compile(re.compile("a")).pattern)
