# list methods: append, extend, insert, remove, pop, index, count, reverse, copy, clear.
l = [3, 1, 4]
l.append(1)
l.extend([5, 9])
l.extend("ab")
l.extend(range(2))
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before last")
l.insert(-100, "very first")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(1), l.index(9), l.count(1), l.count("z"))
print(l.index(4, 2), l.index("a", -4, -1))
for bad in [lambda: l.remove("zz"), lambda: l.index("zz"), lambda: [].pop(), lambda: [1].pop(5), lambda: l.index(3, 5)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
c = l.copy()
c.reverse()
print(c, l is not c, c == l[::-1])
c.clear()
print(c, l[:3])
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append("shared")
print(nested)
print(list(), list("abc"), list((1, 2)), list({"k": 1}), list(range(3)), list(x * 2 for x in range(3)))
print(len([None] * 4), [1, 2] + [3], [[0] * 2 for _ in range(2)])
try:
    l.append()
except TypeError as e:
    print("TypeError:", e)
try:
    l.insert(1)
except TypeError as e:
    print("TypeError:", e)
