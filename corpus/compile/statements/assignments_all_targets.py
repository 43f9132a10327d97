# Every assignment target form: names, attributes, subscripts, slices, tuples, lists, starred, chained.
class Obj:
    pass


o = Obj()
a = 1
a = b = c = 2
o.x = 3
o.y = o.z = 4
d = {}
d["k"] = 5
d["a"], d["b"] = 6, 7
lst = [0] * 10
lst[1:3] = [8, 9]
lst[::2] = [1] * 5
lst[-1] = 10
(e, f), g = (11, 12), 13
[h, i] = 14, 15
j, *k = range(4)
*l, m = "xyz"
n, *o.rest, p = [1, 2, 3, 4]
q, (r, *s) = 1, (2, 3, 4)
lst[0], o.w = o.x, lst[1]
t = u = (v := 16) + 1
print(a, b, c, o.x, o.y, o.z, d, lst, e, f, g, h, i, j, k, l, m, n, o.rest, p, q, r, s, o.w, t, u, v)
