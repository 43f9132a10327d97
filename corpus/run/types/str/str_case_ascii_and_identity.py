# Case maps of ASCII text map byte by byte; their results are new objects even for one
# character (only the empty string is shared), as CPython's are.
for s in ["", "a", "Z", "Hello, World! 42", "MiXeD_case-123", "\x00\x7f~", "ab" * 50]:
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.swapcase()))
    print(s.upper() is s, s.lower() == s.casefold(), s.swapcase().swapcase() == s)
z, empty, q = "Z", "", "q"
print(z.upper() is z.upper(), empty.upper() is empty, q.lower() is q)


class S(str):
    pass


for r in (S("aBc").upper(), S("aBc").lower(), S("x").swapcase(), S("").casefold()):
    print(repr(r), type(r).__name__)
# Non-ASCII text keeps the full Unicode rules.
print("straße".upper(), "ǅ".lower(), "ΣΑΣ".lower(), "İ".lower(), "ﬁ".upper(), "ß".casefold())
