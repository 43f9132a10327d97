# sub/subn with replacement templates (expanded by re._subx through re._parser).
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "bob@example alice@test"))
print(re.sub(r"(?P<w>\w+)", r"[\g<w>]", "a bc"))
print(re.sub("a", r"\n", "banana"), re.subn("(b)", r"\1\1", "abba"))
print(re.compile(b"(a)(b)").sub(rb"\2\1", b"xaby"), re.sub(r"(\d)", r"<\g<1>0>", "a1b2"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.subn(r"x*", r"\g<0>-", "abxd"))
for template in (r"\2", r"\g<name>", "\\", r"\g<1"):
    try:
        re.sub("(a)", template, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.expand(r"\g<last>, \g<first>"), m.expand(r"\2 \1\n").encode())
