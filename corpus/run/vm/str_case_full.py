import sys
words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "straße", "ǅemal", "ﬁne", "İstanbul", "ΣΑΣ", "123abc", "", "o'neil's", "ΌΣΟΣ ΣΑΣ.", "Σ", "aΣ", "aΣb", "a'Σ", "ᾳ", "ŉ", "ǰ", "Ⅻ", "ⓐⓑ", "ꭰ", "\U00010400x", "ǈ", "ß"]
for w in words:
    print(ascii((w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), w.isupper(), w.islower(), w.istitle())))
n = 0
for cp in range(0x30000):
    if 0xd800 <= cp < 0xe000: continue
    c = chr(cp)
    n = (n * 31 + hash((c.upper(), c.lower(), c.title(), c.casefold(), c.isupper(), c.islower(), c.istitle()))) % (1 << 61)
print(n)
