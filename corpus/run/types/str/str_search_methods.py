# find/rfind/index/rindex/count/startswith/endswith with start and end arguments.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""), s.find("", 100), s.rfind(""))
print(s.find("o", 15, 20), s.find("o", -10), s.rfind("o", 0, 20), s.find("dog", -3))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 20))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("lazy", 0, -4))
print(s.endswith(("cat", "dog")), "".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
print("ab" in s, "fox" in s, s.partition(" "), s.rpartition(" "), s.partition("zzz"), s.rpartition("zzz"))
print("a,b,,c".partition(","), "key=value=more".split("=", 1), "no-sep".rpartition("-"))
try:
    s.partition("")
except ValueError as e:
    print("ValueError:", e)
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".replace("", "-"), "banana".replace("na", ""))
print("aaa".replace("a", "aa"), "abc".replace("", "|", 2), "x".replace("x", ""))
print("mississippi".removeprefix("miss"), "mississippi".removesuffix("ppi"), "abc".removeprefix("x"))
