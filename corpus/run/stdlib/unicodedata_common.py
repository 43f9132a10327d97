import unicodedata as ud

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

chars = "aZ5 \t\n\u00e9\u0301\u00bd\u00b2\u0660\u09ea\uff11\u2028\u2029\u00a0\u20ac+-()[]\u00ab\u00bb_\u4e00\uac00\u05d0\U0001f600\U0001d7d9\ue000\u0378\u200b\u0903\u20dd\u02b0\u01c5\u2160\u00ad"
for c in chars:
    print(hex(ord(c)), ud.category(c), ud.name(c, "?"), ud.combining(c), ud.decimal(c, None))
for n in ["LATIN SMALL LETTER A", "latin small letter a", "EURO SIGN", "GREEK SMALL LETTER ALPHA",
          "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GA", "DIGIT SEVEN", "SNOWMAN"]:
    print(n, repr(ud.lookup(n)))
t(lambda: ud.lookup("NOT A REAL NAME"))
t(lambda: ud.name("\u0378"))
t(lambda: ud.decimal("x"))
t(lambda: ud.category("ab"))
t(lambda: ud.category(5))
for s in ["caf\u00e9", "cafe\u0301", "\ufb01 \u2460 \u00bd", "\u1e9b\u0323", "Å\u212b", "\uac00\u1100\u1161"]:
    for form in ["NFC", "NFD", "NFKC", "NFKD"]:
        n = ud.normalize(form, s)
        print(form, [hex(ord(x)) for x in n], ud.is_normalized(form, s), ud.is_normalized(form, n))
t(lambda: ud.normalize("XYZ", "a"))
t(lambda: ud.normalize("NFC", b"a"))
