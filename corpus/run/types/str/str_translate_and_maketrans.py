# str.maketrans/translate with dicts, two strings, and deletion.
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc-abc".translate(table))
table2 = str.maketrans("ab", "AB", "cd")
print("abcdabcd".translate(table2))
print("hello".translate({ord("l"): None, ord("h"): "J"}), "hello".translate({104: 74}))
print(str.maketrans({"a": "1", "b": None, 99: "three"}))
print("caesar".translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc")))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError:", e)
try:
    "x".translate({ord("x"): 5.5})
except TypeError as e:
    print("TypeError:", e)


class Upper(dict):
    def __missing__(self, key):
        return chr(key).upper()


print("mixed Case".translate(Upper()))
print(b"abc".translate(bytes.maketrans(b"abc", b"ABC")), b"abcdef".translate(None, b"bdf"))
