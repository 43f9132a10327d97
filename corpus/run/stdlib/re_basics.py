# re: match/search/findall/sub/split with groups and flags.
import re

text = "Order 66 shipped on 2023-04-05; order 7 on 2024-12-31."
print(re.findall(r"\d{4}-\d{2}-\d{2}", text))
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", text)
print(m.group(0), m.group("y"), m.groups(), m.groupdict(), m.span(), m.start("d"))
print(re.match(r"order", text), re.match(r"order", text, re.I).group(), re.fullmatch(r"\w+", "abc_1"))
print(re.sub(r"(\d+)", lambda mm: str(int(mm.group(1)) * 2), text))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host admin@site"), re.subn("a", "A", "banana"))
print(re.split(r"[;,\s]+", "a, b;c  d"), re.split(r"(-)", "1-2-3"), re.split("x", "axbxc", maxsplit=1))
print([mm.group() for mm in re.finditer(r"\b[A-Z]\w*", "Hello big World Again")])
pat = re.compile(r"^(\w+):\s*(.*)$", re.M)
print(pat.findall("key: value\nother:  thing\nbad line"), pat.pattern, bool(pat.flags & re.M))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
