# id() is stable for a live object and equal exactly for identical objects.
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), a is b, a is c, isinstance(id(a), int), id(a) > 0)
objs = [object() for _ in range(5)]
print(len({id(o) for o in objs}))
x = "interned-literal"
y = "interned-literal"
print(id(x) == id(y), x is y)
print(id(None) == id(None), id(True) == id(1 == 1), id(()) == id(tuple()))


class K:
    pass


k = K()
print(id(k) == id(k), hash(k) == hash(k))
