from _collections import deque
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class E:
    def __init__(s, d): s.d=d
    def __eq__(s,o): s.d.append(1); return False
d2=deque([0]); d2.appendleft(E(d2)); 
t(lambda: d2.remove(2))
d2=deque([0]); d2.appendleft(E(d2)); 
t(lambda: d2.index(2))
d2=deque([0]); d2.appendleft(E(d2)); 
t(lambda: d2.count(2))
d2=deque([0]); d2.appendleft(E(d2)); 
t(lambda: 2 in d2)
d=deque(range(10))
d.rotate(3); print(d); d.rotate(-13); print(d)
d.insert(100, 'x'); d.insert(-100, 'y'); d.insert(3, 'z'); d.insert(-2,'w'); print(d)
print(d.index('z', -100, 100), d.index(5, 2), d[-1], d[0])
del d[2]; d[3] = 'q'; print(d, len(d), d.count('q'))
d.reverse(); print(d, list(reversed(d)))
d.clear(); print(d, bool(d))
e=deque('abc', 2); e.extendleft('xyz'); print(e); e.extend(e); print(e)
e=deque([1,2,3]); e+= [4]; print(e, e*2, 2*e); e*=2; print(e)
print(deque([1,2]) < deque([1,3]), deque([1]) >= deque([1]), deque([1]) != deque([2]))
f=deque([1], 0); f.append(3); f.extend([1,2]); print(f)
print(deque([[1]]).copy(), repr(deque()), deque(maxlen=0))
r = deque(); r.append(r); print(r)
print(5 in deque([5]))
class D(deque): pass
x = D([1,2], 5); print(x, x.copy(), type(x.copy()), x.maxlen)
print(deque([3,1,2]).__iadd__([1]))
z = deque(range(5)); z.remove(3); print(z)
it = reversed(z); print(list(it), list(iter(z)))
print(iter(z).__length_hint__())
