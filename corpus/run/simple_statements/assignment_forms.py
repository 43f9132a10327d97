# Chained, tuple, nested, starred, attribute, subscript and slice assignment.
a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
[s, t] = "st"
print(p, q, r, s, t)
m, *n = 1, 2, 3
print(m, n)
i, (j, *k), l = 1, (2, 3, 4), 5
print(i, j, k, l)


class O:
    pass


o = O()
o.attr = o.other = "same"
print(o.attr, o.other)
d = {}
d["a"] = d["b"] = 0
print(d)
lst = [0] * 5
lst[1:3] = "xy"
lst[-1] = "last"
print(lst)
lst[:] = range(3)
print(lst)
first, second = {"k1": 1, "k2": 2}
print(first, second)
u, v = iter([10, 20])
print(u, v)
try:
    e, f = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    e, f, g = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    e, f = 5
except TypeError as err:
    print("TypeError:", err)
try:
    e, *f, g, h = (1, 2)
except ValueError as err:
    print("ValueError:", err)
x = [0, 1, 2]
i = 0
i, x[i] = 2, "set"
print(i, x)
w = z = 0
w += 1
print(w, z)
aa = bb = []
aa += [1]
print(aa, bb)
