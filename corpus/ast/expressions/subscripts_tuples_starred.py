# subscripts with tuples, starred elements (PEP 646) and nesting
a[1, 2]
a[(1, 2)]
a[b,]
a[*b]
a[*b, c]
a[c, *b]
a[*b, *c]
a[1:2, *b]
a[()]
a[[1, 2]]
x: tuple[int, *Ts]
y: dict[str, list[int]] = {}
m[0][1][2]
m[i][j] = m[j][i]
d['key']['nested'] = value
