from _collections import deque, defaultdict
import _struct
d = deque([1, 2], 5)
r = d.__reduce__(); print(r[0], r[1], r[2], list(r[3]))
r = deque('ab').__reduce__(); print(r[0], r[1], r[2], list(r[3]))
class D(deque): pass
x = D([3]); x.tag = 1; r = x.__reduce__(); print(r[0].__name__, r[1], r[2], list(r[3]))
dd = defaultdict(list, a=1); r = dd.__reduce__(); print(r[0], r[1], r[2], r[3], list(r[4]))
print(defaultdict().__reduce__()[1])
print(_struct.__doc__.splitlines()[0])
