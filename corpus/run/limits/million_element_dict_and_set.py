# 10^6-element dict and set: insertion, lookup, deletion, iteration order.
n = 10 ** 6
d = dict.fromkeys(range(n), 0)
print(len(d), 123456 in d, n in d, list(d)[:3])
for i in range(0, n, 4):
    del d[i]
print(len(d), next(iter(d)))
s = set(range(n))
print(len(s), 500000 in s, -1 in s, len(d.keys() & {0, 1, 4, 5}))
words = {str(i): i for i in range(20000)}
print(len(words), words["19999"], list(words)[:3])
