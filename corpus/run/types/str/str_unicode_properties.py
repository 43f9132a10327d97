# Unicode text in str: lengths, indexing by code point, combining characters and case mappings.
s = "e\u0301"
t = "\u00e9"
print(len(s), len(t), s == t, s[0], repr(s[1]), t.encode("utf-8"), s.encode("utf-8"))
print([hex(ord(c)) for c in s], "A".isupper(), "1".isdigit(), " ".isspace(), "\u0301".isalpha())
print("½".isnumeric(), "½".isdigit(), "٣".isdecimal(), int("٣"), "\u2605")
flags = "🇫🇷"
print(len(flags), [hex(ord(c)) for c in flags], flags[::-1] == "🇷🇫")
zwj = "👩\u200d💻"
print(len(zwj), zwj.encode("utf-8").hex())
mixed = "aä𝔞"
print([c.isalpha() for c in mixed], mixed.upper(), len(mixed.encode("utf-16-le")) // 2)
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ß".upper(), "ﬃ".upper(), "İ".lower(), len("İ".lower()))
print(sorted(["é", "e", "f", "E", "É"]), sorted(["é", "e", "f"], key=lambda c: c.encode("utf-8")))
