# Dict insertion order across deletions and reinsertions; set order with many hashes.
d = {}
for i in range(30):
    d[f'k{i}'] = i
for i in range(0, 30, 3):
    del d[f'k{i}']
d['k0'] = 'back'
print(list(d.items())[:8], len(d))
print(d.popitem(), list(d)[-2:])
s = set(range(0, 200, 7))
s.update({-1, -2, 1000, 2 ** 40, 'a', 'b', 'c'})
s -= {14, 28}
print(s)
print({'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'})
fs = frozenset([3.5, 1, 'x', (2, 3), True])
print(fs, hash(frozenset()) , len(fs))
print({1.0, 1, True}, {0, False, 0.0}, {2 ** 61 - 1, 0, 2 ** 61})
big = {i * i % 97 for i in range(500)}
print(sorted(big)[:10], len(big))
print(set('abracadabra') & set('alacazam'), set('abc').symmetric_difference('cde'))
words = 'one two three four five six seven'.split()
print(set(words), {w[0] for w in words})
t = {}
for w in words:
    t[w] = len(w)
print(t, sorted(t, key=t.get), dict(sorted(t.items(), key=lambda kv: (-kv[1], kv[0]))))
