# Built-in and itertools iterators reduce to their own type plus a state, so copy and pickle
# resume them where they were, partially consumed or exhausted.
import copy
import operator
import pickle
from itertools import (accumulate, chain, compress, count, cycle, dropwhile, filterfalse,
                       islice, repeat, starmap, takewhile, zip_longest)


def odd(x):
    return x % 2


def small(x):
    return x < 3


def shape(r):
    # The reduction without object addresses: type names, and plain values as they are.
    def show(v):
        if isinstance(v, (int, float, str, bool, type(None), list)):
            return v
        if isinstance(v, type):
            return v.__name__
        if isinstance(v, tuple):
            return tuple(show(x) for x in v)
        return type(v).__name__
    return show(r)


def check(label, make, skip=0):
    it = make()
    for _ in range(skip):
        next(it)
    print(label, skip, shape(it.__reduce__()))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        got = list(islice(pickle.loads(pickle.dumps(it, proto)), 12))
        if proto == 0:
            print('  pickled', got)
    print('  copy', list(islice(copy.copy(make()), 12)), 'deepcopy', list(islice(copy.deepcopy(it), 12)))


cases = [
    ('map', lambda: map(operator.add, [1, 2, 3], [10, 20, 30])),
    ('filter', lambda: filter(None, [0, 1, 0, 2, 3])),
    ('filter-func', lambda: filter(odd, range(9))),
    ('zip', lambda: zip('abc', range(5))),
    ('count', lambda: count()),
    ('count-step', lambda: count(5, 3)),
    ('count-float', lambda: count(1.5)),
    ('count-big', lambda: count(2 ** 70)),
    ('repeat', lambda: repeat('x', 4)),
    ('repeat-endless', lambda: repeat('y')),
    ('cycle', lambda: cycle('abc')),
    ('accumulate', lambda: accumulate([1, 2, 3, 4])),
    ('accumulate-initial', lambda: accumulate([1, 2, 3], initial=100)),
    ('accumulate-func', lambda: accumulate([3, 1, 4, 1, 5], max)),
    ('accumulate-none', lambda: accumulate([None, None, None], operator.is_)),
    ('chain', lambda: chain('ab', 'cd', 'e')),
    ('compress', lambda: compress('abcdef', [1, 0, 1, 1, 0, 1])),
    ('dropwhile', lambda: dropwhile(small, [1, 2, 3, 4, 1])),
    ('takewhile', lambda: takewhile(small, [1, 2, 3, 4, 1])),
    ('filterfalse', lambda: filterfalse(None, [0, 1, 0, 2])),
    ('starmap', lambda: starmap(pow, [(2, 3), (3, 2), (10, 2)])),
    ('islice', lambda: islice('abcdefgh', 1, 7, 2)),
    ('islice-open', lambda: islice(count(), 2, None, 3)),
    ('zip_longest', lambda: zip_longest('ab', 'wxyz', fillvalue='-')),
]
for label, make in cases:
    for skip in (0, 1, 2):
        check(label, make, skip)

# Exhausted iterators.
for label, make in [('chain', lambda: chain('ab')), ('islice', lambda: islice('ab', 5)),
                    ('cycle', lambda: cycle('ab')), ('takewhile', lambda: takewhile(bool, [1, 0, 1])),
                    ('zip_longest', lambda: zip_longest('a', 'bc'))]:
    it = make()
    list(islice(it, 5))
    print(label, 'done', shape(it.__reduce__()), list(islice(copy.copy(it), 5)))

z = zip('ab', 'c', strict=True)
print(shape(z.__reduce__()))
try:
    list(pickle.loads(pickle.dumps(z)))
except ValueError as e:
    print('ValueError', e)

c = cycle('xyz')
c.__setstate__((list('abc'), 0))
print(list(islice(c, 8)))
c = cycle('xyz')
c.__setstate__((list('abc'), 1))
print(list(islice(c, 8)))
for bad in ([1, 2], (1, 2, 3), ('abc', 1)):
    try:
        cycle('a').__setstate__(bad)
    except TypeError as e:
        print('TypeError', e)
ch = chain()
for bad in ((), (1,), (iter('a'), 2), 'x'):
    try:
        ch.__setstate__(bad)
    except TypeError as e:
        print('TypeError', e)
ch.__setstate__((iter(['ab', 'c']), iter('xy')))
print(list(ch))

# map, filter and zip do not latch: a source that yields again after StopIteration is asked
# again.
class Flaky:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n in (2, 4) or self.n > 5:
            raise StopIteration
        return self.n


for make in (lambda s: map(str, s), lambda s: filter(None, s), lambda s: zip(s)):
    it = make(Flaky())
    print(list(it), list(it), list(islice(it, 3)))


# reversed() over a __len__/__getitem__ sequence reduces to reversed(seq) and its index.
class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if not 0 <= i < 4:
            raise IndexError(i)
        return 'abcd'[i]


r = reversed(Seq())
next(r)
print(shape(r.__reduce__()), list(copy.copy(r)))
for i in (-5, -1, 0, 2, 10):
    r = reversed(Seq())
    r.__setstate__(i)
    print(i, list(r))
r = reversed(Seq())
list(r)
print(shape(r.__reduce__()), list(copy.copy(r)))
