# Padding, alignment and the is* classification predicates.
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("ab".center(6, "-")), repr("abc".center(2)))
print(repr("ab".ljust(5)), repr("ab".rjust(5, ".")), repr("42".zfill(5)), repr("-42".zfill(6)), repr("+4".zfill(4)), repr("abc".zfill(2)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
samples = ["abc", "ABC", "123", "١٢٣", "½", "²", "abc123", "   ", "", "a b", "\t\n", "Ab", "ǅ", "_", "x_1", "1x", "for", "é", "\u00a0", "\x00", "\x7f", "ascii!", "日本"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
