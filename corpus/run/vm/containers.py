# Lists, tuples, dicts, sets: operations and iteration order.
l = [3, 1, 4, 1, 5, 9, 2, 6]
l.sort()
print(l, sorted(l, reverse=True), l.index(4), l.count(1))
l.insert(0, 100); l.remove(1); print(l, l.pop(), l.pop(0), l)
l[1:3] = ['a', 'b', 'c']; print(l); del l[::2]; print(l)
print([1, 2] + [3], [0] * 3, (1, 2) + (3,), (1,) * 2, [1, [2, [3]]])
d = {'b': 2, 'a': 1}
d['c'] = 3; del d['b']; d['b'] = 4
print(d, list(d), list(d.values()), d.pop('a'), d.setdefault('z', 26), d)
print({k: v for k, v in zip('xyz', range(3))}, dict(a=1, b=2), dict([('k', 'v')]))
print(sorted({'b': 1, 'a': 2}.items()), {1: 'a'} == {1: 'a'}, len({}))
s = {5, 3, 1, 3, 'apple', 'banana', (1, 2), 2.5, -1, 100, 1000}
print(s)
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2} ^ {2, 3})
print(frozenset('hello'), set(), {x % 7 for x in range(20)}, set('mississippi'))
print({'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'})
words = set()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words.add(w)
print(words, len(words), 'fox' in words)
words.discard('the'); words.remove('dog'); print(words)
print(list(enumerate('abc', 1)), list(zip([1, 2, 3], 'ab')), list(map(str, [1, 2])))
print(list(filter(None, [0, 1, '', 'x'])), list(range(10, 0, -3)), range(5)[2], len(range(0, 100, 7)))
t = (1, 2, 3)
a, *b = t
print(a, b, t[::-1], t.index(3), (1, 2) < (1, 3), [1, 2] == [1, 2])
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested, [x for row in nested for x in row if x % 2 == 0])
m = {}
for i in range(20):
    m[i * 7 % 11] = i
print(m)
del m[3]
print(list(m.keys())[:5], m.get(3), 4 in m)
