# tuple, list and starred assignment targets
a, b = 1, 2
(a, b) = 1, 2
[a, b] = 1, 2
a, = x
(a,) = x
[a] = x
a, *b = x
*a, b = x
a, *b, c = x
[a, *b] = x
(a, [b, c]), d = x
((a, b), (c, d)) = x
[[a], [b, [c, *d]]] = x
() = []
[] = ()
a, b.c, d[0], *e.f = x
for (i, (j, k)) in pairs:
    pass
