# types.MappingProxyType hands every operation to the mapping it wraps (any mapping, dict
# subclasses with __missing__ included), compares as the mapping, and refuses |=.
import types, collections
M = types.MappingProxyType
d = {'a': 1}
p = M(d)
print(p == d, p != d, p == {'a': 2}, p, str(p), len(p), 'a' in p, list(p), p.get('a'), p.get('z', 5))
print(p | {'b': 2}, {'b': 2} | p, list(reversed(p)), p.copy(), p.keys(), p.items(), p.values())
try:
    p |= {}
except TypeError as e:
    print(e)
od = collections.OrderedDict(x=1)
q = M(od)
print(q, type(q.copy()).__name__)
c = collections.ChainMap({'k': 1})
r = M(c)
print(r['k'], 'k' in r, len(r), r.get('k'))
for bad in ([1], (1,), 5):
    try:
        M(bad)
    except TypeError as e:
        print(e)
print(M[int, str], type(int.__dict__).__name__, int.__dict__ == dict(int.__dict__))
class UD(dict):
    def __missing__(self, k): return 'missing'
print(M(UD())['x'])
