# Strings as immutable sequences of code points: indexing, iteration, ordering.
s = "Grüße, 世界! 😀"
print(len(s), s[0], s[-1], s[2], s[7:9], s[::-1], list(s[:4]))
print([ord(c) for c in s[-3:]], "".join(chr(ord(c) + 1) for c in "HAL"))
try:
    s[0] = "g"
except TypeError as e:
    print("TypeError:", e)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "Zebra", ""]))
print("a" < "b", "B" < "a", "abc" < "abd", "abc" < "ab", "" < " ", "é" > "z", "\u00e9" == "e\u0301")
print(min("hello"), max("hello"), sorted("hello"), "hello".index("l"), list(reversed("abc")))
print(s.count("ü"), "ß" in s, s.startswith("Grü"), s * 0 == "", "ab" * 3, 3 * "-")
t = ""
for ch in "abc":
    t = ch + t
print(t, hash("") == 0, "abc" == "".join(["a", "b", "c"]))
print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(b"b"), repr("it's"), repr('say "hi"'), repr("both ' \""))
print(repr("\n\t\\\x00\x7f\x80\xa0\u200b\U0001f600é"), ascii("\n\t\x80é😀"))
