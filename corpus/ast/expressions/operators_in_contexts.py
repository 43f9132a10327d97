# operators mixed with calls, subscripts and attributes
x = a.b + c[d] * e(f) - -g.h ** i[j]
y = obj.count % 2 == 0 or obj.items[-1] is None
z = (a @ b.T)[0] @ c
w = f(a)[b].c ** -d.e
v = [1, 2] + [3] * 2
u = 'a' * 3 + "b" % (1,)
t = a < b == c.d[e] in f(g)
