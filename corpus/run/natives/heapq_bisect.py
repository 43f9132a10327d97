from _heapq import *
import _heapq
from _bisect import *
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heappush(h, v)
print(h)
print([heappop(h) for _ in range(4)], h)
print(heapreplace(h, 4), h, heappushpop(h, 1), heappushpop(h, 10), h)
l = [(i * 7919) % 101 for i in range(60)]; heapify(l); print(l)
big = [(i * 7919) % 10007 for i in range(6000)]; heapify(big); print(big[:20], big[2999], big[-5:])
m = list(range(20)); _heapq._heapify_max(m); print(m, _heapq._heappop_max(m), _heapq._heapreplace_max(m, 3), m)
t(lambda: heappop([])); t(lambda: heapreplace([], 1)); t(lambda: heappush((), 1)); t(lambda: heapify(None))
t(lambda: heappush([1], 'a'))
t(lambda: heappop())
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o): print('lt', s.v, o.v); return s.v < o.v
hh = [C(i) for i in [3, 1, 2]]; heapify(hh); print([c.v for c in hh])
a = [1, 2, 2, 2, 3, 5]
print(bisect_left(a, 2), bisect_right(a, 2), bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 9), bisect_right(a, -1))
insort_left(a, 2); insort_right(a, 4); insort_left(a, 0, 0, 3); print(a)
ks = [('a', 1), ('b', 3), ('c', 5)]
print(bisect_left(ks, 3, key=lambda p: p[1]), bisect_right(ks, 3, key=lambda p: p[1]))
insort_right(ks, ('d', 4), key=lambda p: p[1]); print(ks)
t(lambda: bisect_left(a, 1, -1)); t(lambda: bisect_left(a)); t(lambda: bisect_left(a, 1, 0, 2, 3)); t(lambda: bisect_left(1, 1))
t(lambda: bisect_right(a, 1, hi=-1)); t(lambda: bisect_right(a, 1, hi=-5))
