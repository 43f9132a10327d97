# Converting between sets, lists, dicts and strings; deduplication preserving order.
data = [3, 1, 3, 2, 1, 5, 2]
print(set(data), sorted(set(data)), list(dict.fromkeys(data)), len(set(data)))
seen = set()
ordered = []
for x in data:
    if x not in seen:
        seen.add(x)
        ordered.append(x)
print(ordered, seen)
print({c for c in "Mississippi".lower()}, "".join(sorted(set("Mississippi"))))
print(set("abc") == set("cba"), frozenset([1, 2]) | {3}, set({"k": 1, "j": 2}), set(range(3)) | set("ab"))
words = "to be or not to be".split()
print({w: words.count(w) for w in set(words)}, sorted({len(w) for w in words}))
