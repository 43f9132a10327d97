# frozenset is immutable and hashable; operations return the left operand's type.
f = frozenset([3, 1, 2])
s = {2, 3, 4}
print(f, hash(f) == hash(frozenset({1, 2, 3})), f | s, type(f | s).__name__, type(s | f).__name__)
print(f & s, f - s, f ^ s, type(s & f).__name__, f.union([9]), f.copy() is f)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(nested, frozenset([1]) in nested, {1} in nested)
ss = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(ss))
print(frozenset(), frozenset(""), frozenset("aabbc"), frozenset(range(5)), frozenset({1: 2}))


class MyFS(frozenset):
    pass


m = MyFS([1, 2])
print(m, type(m | {3}).__name__, repr(MyFS()), m == frozenset([1, 2]))
