import sys
import itertools as it
from itertools import *

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)))
print(repr(count()), repr(count(3, 2)), repr(count(1.0)), repr(repeat('a')), repr(repeat(1, 3)))
c = count(5); next(c); print(c)
print(list(repeat(7, -2)), list(repeat(None, 2)))
show(lambda: count('a'))
show(lambda: count(1, 'x'))
show(lambda: repeat())
show(lambda: cycle())
show(lambda: cycle(1))
show(lambda: cycle([1], x=2))
show(lambda: islice([1, 2, 3], -1))
show(lambda: islice([1, 2, 3], 1, 2, 0))
show(lambda: islice([1, 2, 3], 'a'))
show(lambda: islice([1, 2, 3]))
print(list(islice(range(10), 2, None, 3)), list(islice(range(10), None)), list(islice('abcdef', 1, 4)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)), list(accumulate([3, 1, 4], max)))
print(list(accumulate([])), list(accumulate([], initial=0)))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])))
show(lambda: list(chain(1, 2)))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
gs = list(groupby('aabbc'))
print([(k, list(g)) for k, g in gs])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print(list(pairwise('ABCDE')), list(pairwise('A')))
print(list(starmap(pow, [(2, 5), (3, 2)])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
show(lambda: zip_longest('a', foo=1))
print(list(product('AB', repeat=2)), list(product()), list(product('ab', [])))
show(lambda: product('a', repeat=-1))
show(lambda: product('a', x=1))
print(list(permutations(range(3))), list(permutations('ABCD', 2))[:5], list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 5)))
print(list(combinations_with_replacement('ABC', 2)))
show(lambda: combinations('abc', -1))
show(lambda: permutations('abc', -1))
show(lambda: combinations('abc'))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a))
print(len(tee('abc', 3)), tee('a', 0))
show(lambda: tee('a', -1))
print(type(count()).__name__, count.__module__, type(count()), type(a))
print(isinstance(count(), count), issubclass(count, object))
class MyCount(count):
    pass
m = MyCount(3)
print(next(m), type(m).__name__)
g = groupby('aab')
k, grp = next(g)
print(type(grp))
show(lambda: it._grouper())
show(lambda: next(iter(count)))
print(list(zip(count(), 'abc')))
print(sum(1 for _ in product(range(3), repeat=3)))
print(list(islice(cycle('abc'), 7)))

show(lambda: list(islice(range(10), sys.maxsize)))
show(lambda: list(islice(range(10), 2, sys.maxsize * 4)))
show(lambda: list(islice(range(10), None, None, None)))
show(lambda: list(islice(range(10), 1.5)))
show(lambda: list(islice(range(10), 3, 1)))
a, b = tee(iter(range(4)))
c = a.__copy__() if hasattr(a, '__copy__') else None
print(list(a), list(b))
print(list(map(list, tee('ab', 3))))
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print([len(list(g)) for k, g in groupby([K(1), K(1), K(2)])])
x = []
c = cycle([x]); x.append(c)
del x, c
print(gc.collect() >= 0)
print(list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate('abc')))
show(lambda: list(accumulate([1, 'a'])))
print(list(zip(*tee(range(3), 2))))
print(list(starmap(lambda *a: sum(a), [[1, 2], (3, 4, 5)])))
show(lambda: list(starmap(abs, [1])))
r = repeat(1, 3)
print(r.__length_hint__() if hasattr(r, '__length_hint__') else 'nolh', len(list(r)))
print(list(product(range(2), 'ab', repeat=1)))
print(list(combinations([], 0)), list(permutations([], 0)), list(combinations_with_replacement([], 1)), list(combinations_with_replacement([], 0)))
print(dir(count)[:3])
print(next(iter(chain.from_iterable([[1]]))))
print(type(chain.from_iterable([])))
print(list(pairwise(count()))[:0] if False else 'skip')
g = groupby('aaabbb')
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(filter(None, compress(range(6), cycle([0, 1])))))
for args in [(sys.maxsize*4,), (-sys.maxsize*4,), (-1,), (-2,), (1.5,), (None, -2), (-3,None), ('a',None), (sys.maxsize*4,None), (0, 5, sys.maxsize*4), (0,5,'a'), (0,5,0),(0,5,-9), (0, sys.maxsize*2), (3, sys.maxsize, sys.maxsize)]:
  try: print(args, list(islice(range(10), *args)))
  except Exception as e: print(args, type(e).__name__, e)

# Tools called back from the Python code they run recurse as CPython's do.
it = None
def p(x):
    try:
        next(it)
    except StopIteration:
        print('inner StopIteration')
    return x < 2
it = dropwhile(p, range(5))
print(list(it))
it = iter(range(10))
print(list(islice(it, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 5, 2)), next(it))
t = tee(range(3), 3)
print([list(x) for x in t])
a, b = tee(range(200))
print(sum(a), sum(b))
print(repr(count(2**70)), repr(count(1, 1.0)), repr(repeat([1], 0)), repr(count(0, True)))
z = zip_longest([1], [2, 3])
print(list(z), list(z))
print(list(filterfalse(bool, [0, 1, '', 'x'])))
show(lambda: permutations('ab', 1.5))
show(lambda: combinations('ab', None))
show(lambda: product('a', repeat=1, b=2))
show(lambda: tee('a', 'x'))
show(lambda: repeat(1, 2**70))
class TeeLike:
    def __iter__(self): return self
    def __next__(self): return 1
    def __copy__(self): return 'copied'
print(tee(TeeLike(), 3)[1:])
