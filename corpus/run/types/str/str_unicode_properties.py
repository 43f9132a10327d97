# Unicode text in str: lengths, indexing by code point, normalisation-sensitive equality.
import unicodedata

s = "e\u0301"
t = "\u00e9"
print(len(s), len(t), s == t, unicodedata.normalize("NFC", s) == t, unicodedata.normalize("NFD", t) == s)
print([unicodedata.name(c) for c in s], unicodedata.category("A"), unicodedata.category("1"), unicodedata.category(" "))
print(unicodedata.numeric("½"), unicodedata.decimal("٣"), unicodedata.lookup("BLACK STAR"))
flags = "🇫🇷"
print(len(flags), [hex(ord(c)) for c in flags], flags[::-1] == "🇷🇫")
zwj = "👩\u200d💻"
print(len(zwj), zwj.encode("utf-8").hex())
mixed = "aä𝔞"
print([c.isalpha() for c in mixed], mixed.upper(), len(mixed.encode("utf-16-le")) // 2)
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ß".upper(), "ﬃ".upper(), "İ".lower(), len("İ".lower()))
print(sorted(["é", "e", "f", "E", "É"]), sorted(["é", "e", "f"], key=lambda c: unicodedata.normalize("NFD", c)))
