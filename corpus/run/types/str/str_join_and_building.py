# Building strings: join vs +=, str.join on generators, and conversions of other types.
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts), "".join(reversed(parts)))
s = ""
for ch in "abcdef":
    s += ch.upper() + ch
print(s, len(s))
print(" ".join(w.capitalize() for w in "the old man and the sea".split()))
print("\n".join(f"{i:>3}|{'#' * i}" for i in range(1, 5)))
table = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
widths = [max(len(r[c]) for r in table) for c in range(2)]
for row in table:
    print(" | ".join(cell.ljust(w) for cell, w in zip(row, widths)))
print(str(12.50), str([1, "2"]), str({"a": (1,)}), str(b"x"), str(None) + str(True))
print("".join(map(chr, range(65, 75))), "-".join("abc"), "".join([]))
