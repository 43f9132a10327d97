from _collections import deque
for name, op in [('rotate', lambda d: d.rotate(1)), ('rotate0', lambda d: d.rotate(0)), ('reverse', lambda d: d.reverse()), ('setitem', lambda d: d.__setitem__(0, 9)),
   ('clear', lambda d: d.clear()), ('extend0', lambda d: d.extend([])), ('remove', lambda d: d.remove(2)), ('del', lambda d: d.__delitem__(1)), ('insert', lambda d: d.insert(1, 5)), ('count', lambda d: d.count(1)), ('iadd', lambda d: d.__iadd__([])), ('imul1', lambda d: d.__imul__(1)), ('imul0', lambda d: d.__imul__(0)), ('init', lambda d: d.__init__())]:
    d = deque([1,2,3]); it = iter(d); next(it); op(d)
    try: print(name, list(it))
    except Exception as e: print(name, type(e).__name__, e)
d=deque([1,2,3]); it = iter(d); print(list(it)); d.append(1)
try: print(next(it))
except Exception as e: print(type(e).__name__, e)
