# The built-in iterators pickle and copy through __reduce__/__setstate__: a source plus a
# position, a range rebuilt from where iteration began, what a dict or set iterator has
# left, and an empty container once exhausted.
import copy
import pickle

def show(label, it):
    r = it.__reduce__()
    print(label, r[0].__name__, r[1:])

for label, src in [("list", [1, 2, 3]), ("tuple", (1, 2)), ("str", "ab"),
                   ("ustr", "a\u1234b"), ("bytes", b"ab"), ("bytearray", bytearray(b"ab"))]:
    it = iter(src)
    show(label + " fresh", it)
    next(it)
    show(label + " advanced", it)
    print(label, "pickled rest", list(pickle.loads(pickle.dumps(it))))
    list(it)
    show(label + " exhausted", it)

it = reversed([1, 2, 3])
next(it)
show("reversed", it)
print(list(copy.copy(it)))
list(it)
show("reversed exhausted", it)

it = iter(range(3, 20, 2))
next(it)
next(it)
show("range", it)
list(it)
show("range exhausted", it)
it = iter(range(2 ** 70, 2 ** 70 + 10, 3))
next(it)
show("longrange", it)

it = iter(range(2 ** 32 + 2))
it.__setstate__(2 ** 32 + 1)
print(it.__reduce__()[2], next(it))
it = iter(range(5))
it.__setstate__(-3)
print(list(it))
it = iter(range(5))
it.__setstate__(99)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(-5)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(10)
print(list(it))
it = reversed([1, 2, 3])
it.__setstate__(10)
print(list(it))
it = reversed([1, 2, 3])
it.__setstate__(-10)
print(list(it))

d = {1: "a", 2: "b", 3: "c"}
for label, it in [("keys", iter(d)), ("values", iter(d.values())), ("items", iter(d.items())),
                  ("rkeys", reversed(d)), ("ritems", reversed(d.items()))]:
    next(it)
    show(label, it)
    print(label, list(pickle.loads(pickle.dumps(it))), list(it))

s = {10, 20, 30}
it = iter(s)
print(it.__length_hint__())
next(it)
print(it.__length_hint__(), sorted(it.__reduce__()[1][0]))
print(it.__length_hint__(), len(list(it)), it.__length_hint__())

calls = iter([1, 2, 0, 5])
it = iter(lambda: next(calls), 0)
print(it.__reduce__()[0].__name__, len(it.__reduce__()[1]))
print(hasattr(it, "__setstate__"), hasattr(iter(d), "__setstate__"), hasattr(iter([]), "__setstate__"))
