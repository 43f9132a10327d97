# Iteration order of sets of strings depends on string hashes (PYTHONHASHSEED=0).
print({"apple", "banana", "cherry", "date", "elderberry"})
print(set("abracadabra"), set("hello world"), frozenset("python"))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words), len(set(words)))
print({w.upper() for w in words}, {w[::-1] for w in words})
print(set(["", "a", "aa", "aaa", "é", "日本", "😀"]))
print(hash("a"), hash("abc"), hash(""), hash("é"), hash("日本"), hash("😀"), hash(b"abc"))
s = set()
for w in ["k" + str(i) for i in range(25)]:
    s.add(w)
print(s)
s -= {"k3", "k10", "k17"}
print(s)
print({"x", "y"} | {"z"}, {"a", "b", "c"} & {"c", "a"}, {"a", "b", "c"} - {"b"}, {"a", "b"} ^ {"b", "c"})
print(list(dict.fromkeys(["b", "a", "b", "c"])), list({"b", "a", "b", "c"}))
