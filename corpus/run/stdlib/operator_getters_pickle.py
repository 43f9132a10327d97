# operator's itemgetter, attrgetter and methodcaller pickle and copy through `__reduce__`
# (`_operator.c`): the type and its arguments, keywords of a methodcaller through a
# functools.partial of the type.
import copy
import operator
import pickle


class A:
    def __init__(self):
        self.x = 1
        self.b = self

    def m(self, *args, **kwargs):
        return (args, sorted(kwargs.items()))


getters = [
    operator.itemgetter(1),
    operator.itemgetter(0, 2),
    operator.attrgetter("x"),
    operator.attrgetter("b.x", "x"),
    operator.methodcaller("m"),
    operator.methodcaller("m", 1, 2),
    operator.methodcaller("m", 3, k=4, j=5),
]
a = A()
for g in getters:
    print(repr(g), g.__reduce__()[0] is type(g))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        h = pickle.loads(pickle.dumps(g, proto))
        assert repr(h) == repr(g), (h, g)
    c = copy.copy(g)
    target = a if isinstance(g, (operator.attrgetter, operator.methodcaller)) else [7, 8, 9]
    print(repr(c), c(target), g(target))

r = operator.methodcaller("m", 3, k=4).__reduce__()
print(type(r[0]).__name__, r[0].func is operator.methodcaller, r[0].args, r[0].keywords, r[1])
try:
    operator.itemgetter(1).__reduce__(1)
except TypeError as e:
    print("TypeError:", e)
