# Large sets with deletions and re-insertions keep CPython's iteration order.
s = set(range(100000))
print(len(s), 99999 in s, 100000 in s)
for i in range(0, 100000, 2):
    s.discard(i)
print(len(s), min(s), max(s))
s = {i * 7 for i in range(40)}
for i in range(0, 280, 21):
    s.discard(i)
s.update({1, 3, 5})
print(s)
t = set()
for i in range(30):
    t.add(i * i % 37)
    if i % 4 == 0:
        t.discard(i)
print(t)
u = set("abcdefghijklmnopqrstuvwxyz")
u -= set("aeiou")
print(u)
print(len(set(range(10 ** 5)) & set(range(50000, 150000))))
