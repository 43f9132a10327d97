# Dict views and dict and set iterators are containers the cycle collector sees: an object that
# holds a view of (or an iterator over) a dict or set that holds the object is collected.
import gc
import weakref


class C:
    pass


for make in (dict.items, dict.values, dict.keys):
    obj = C()
    ref = weakref.ref(obj)
    container = {obj: 1}
    obj.v = make(container)
    obj.x = iter(obj.v)
    del obj, container
    gc.collect()
    print(make.__name__, ref() is None)

for kind in (set, frozenset):
    obj = C()
    ref = weakref.ref(obj)
    container = kind([obj, 1])
    obj.x = iter(container)
    del obj, container
    gc.collect()
    print(kind.__name__, ref() is None)

d = {i: str(i) for i in range(5)}
it = iter(d.items())
next(it)
print(list(it), gc.is_tracked(d.keys()), gc.is_tracked(iter(d)), gc.is_tracked(iter({1, 2})))
