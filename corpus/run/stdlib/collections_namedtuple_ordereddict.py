# namedtuple and OrderedDict.
from collections import namedtuple, OrderedDict, ChainMap

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
Person = namedtuple("Person", "name age", defaults=[0])
print(Person("ann"), Person("bo", 3), Person._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
