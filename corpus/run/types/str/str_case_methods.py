# Case conversion and case predicates, including non-ASCII text.
words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "straße", "ǅemal", "ﬁne", "İstanbul", "ΣΑΣ", "123abc", "", "o'neil's"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
for w in words + ["A1", "a1", " ", "Ab Cd", "AB CD"]:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
print("ß".upper(), "ß".casefold() == "SS".casefold(), "ΣΑΣ".lower(), "ΌΣΟΣ".lower())
