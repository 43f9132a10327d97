# Compiled patterns can be weakly referenced (re.Match objects cannot), as in CPython.
import re, weakref, gc
p = re.compile(r'a+b')
r = weakref.ref(p)
print(r() is p, r().pattern)
m = p.match('aab')
try:
    weakref.ref(m)
except TypeError as e:
    print(e)
del p
gc.collect()
print(r() is None or r().pattern)
