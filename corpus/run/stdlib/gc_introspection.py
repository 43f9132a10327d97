# gc introspection: callbacks around collect() with their info, get_stats, is_tracked,
# get_objects/get_referents/get_referrers, the generation checks, and a raising callback
# reported as unraisable on the current sys.stderr.
import gc
events = []
def cb(phase, info):
    events.append((phase, sorted(info)))
gc.callbacks.append(cb)
class Node:
    pass
a = Node(); b = Node(); a.other = b; b.other = a
del a, b
n = gc.collect()
print(n >= 2, events)
gc.callbacks.remove(cb)
stats = gc.get_stats()
print(len(stats), sorted(stats[2]), stats[2]['collections'] >= 1)
x = []
y = [x]
print(gc.is_tracked(x), gc.is_tracked(3), gc.is_tracked('s'), gc.is_tracked(Node()))
print(any(o is x for o in gc.get_objects()))
print(x in gc.get_referents(y), gc.get_referents(1, 'a'))
print(any(r is y for r in gc.get_referrers(x)))
d = {'k': x}
print(any(r is d for r in gc.get_referrers(x)))
for bad in (3, -1):
    try:
        gc.get_objects(generation=bad)
    except ValueError as e:
        print(e)
try:
    gc.collect(5)
except ValueError as e:
    print(e)
def bad(phase, info):
    raise RuntimeError('in callback')
gc.callbacks.append(bad)
import sys, io
old = sys.stderr; sys.stderr = io.StringIO()
gc.collect()
err = sys.stderr.getvalue(); sys.stderr = old
print('RuntimeError: in callback' in err, err.splitlines()[0][:30])
gc.callbacks.clear()
