# set methods: add, discard, remove, pop, update variants, subset tests, copy, clear.
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(99)
s.remove(1)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
p = s.pop()
print(p, s)
s.update([10, 11], (12,), "ab")
print(s)
s.intersection_update({10, 11, 12, "a", 2})
print(s)
s.difference_update({"a"})
s.symmetric_difference_update({10, 20})
print(s)
a, b = {1, 2, 3}, {3, 4}
print(a.union(b, [5]), a.intersection(b), a.difference(b), a.symmetric_difference(b), a.union())
print(a.issubset({1, 2, 3, 4}), a <= a, a < a, {1} < a, a.issuperset({1}), a >= {1, 9}, a.isdisjoint(b), a.isdisjoint({9}))
try:
    a | [4]
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
c = a.copy()
c.clear()
print(a, c, set(), len(c))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[]}
except TypeError as e:
    print("TypeError:", e)
print({1, 2} == {2, 1}, {1} != {1.0}, set("aab") == {"a", "b"}, set([1]) == frozenset([1]))
