# String expressions: concatenation, repetition, comparison, slicing and formatting operators.
first, last = "Ada", "Lovelace"
full = first + " " + last
print(full, full * 2, 2 * "-=", len(full * 0))
print(full[0] + last[0], full[::-1], full.lower() < full, "abc" * 3 == "abcabcabc")
print("%s has %d letters" % (full, len(full)), "{} {}".format(last, first), f"{last.upper()}, {first}")
print("a" < "b" <= "b" < "c", "Z" < "a", "10" < "9", sorted(["10", "9", "100"]), max("apple", "banana"))
print("ab" in "cabd", "" in "", "x" not in "abc", "abc".find("c") >= 0)
parts = ["x"] * 3
print("-".join(parts) + "!", ("a" "b" "c"), "line1\n" + "line2")
s = "hello"
print(s[1:-1], s[-3:], s[:2] * 2, s[::2], s.count("l") * "#")
