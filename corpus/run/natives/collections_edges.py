from _collections import defaultdict, deque
from _functools import partial
d = defaultdict(list); d['a'] = d; print(repr(d))
q = deque(); q.append([q]); print(q)
p = partial(print); p.x = 1; print(repr(partial(p, 2))[:18], partial(p, 2).func is p)
class DD(defaultdict):
    def __missing__(self, k): return 'miss'
print(DD(int)['z'], dict(DD(int)))
print(defaultdict(int, {1: 2}) == {1: 2}, isinstance(defaultdict(), dict))
dq = deque(range(3)); print(list(reversed(dq)), dq.index(2, -1), 2 in dq, dq == [0, 1, 2])
