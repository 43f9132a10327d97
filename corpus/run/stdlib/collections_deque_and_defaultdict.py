# collections.deque and defaultdict behaviour.
from collections import deque, defaultdict

dq = deque([1, 2, 3], maxlen=5)
dq.append(4)
dq.appendleft(0)
dq.append(5)
print(dq, dq.maxlen, dq[0], dq[-1], len(dq))
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq.popleft(), dq.pop(), dq)
dq.extendleft("ab")
print(dq, list(reversed(dq)), dq.count(3), dq.index(3))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd, dict(dd), dd["z"], "z" in dd, len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
