# collections.Counter: counting, most_common ordering, arithmetic.
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common()[-1], sorted(c.elements())[:6])
c.update("aaz")
c.subtract({"b": 5})
print(c, +c, -c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=4)
print(d + e, d - e, d & e, d | e, d == Counter({"a": 3, "b": 1}), d.total())
words = "the cat sat on the mat the end".split()
print(Counter(words).most_common(3), Counter(len(w) for w in words))
print(Counter({"x": 0, "y": -1}) + Counter(), list(Counter("bca").keys()))
