# Load / Store / Del contexts on names, attributes, subscripts, starred, lists, tuples
a = b
a.b = c.d
a[b] = c[d]
a, b = c, d
[a, b] = [c, d]
(a, [b, *c]) = d
*a, = b
del a
del a.b
del a[b]
del a, b.c, d[e]
del (a, b)
del [a, b]
del (a)
for a.b in c: pass
for a[0] in c: pass
for [a, *b] in c: pass
with ctx as a.b: pass
with ctx as (a, b[0]): pass
