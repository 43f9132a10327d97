# attribute and subscript targets
a.b = 1
a.b.c = 2
a[0] = 3
a[1:2] = [4]
a[::2] = b
a[i, j] = 5
a.b[c].d = e
a().b = 1
a[0][1] = a[1][0]
self.cache[key] = self.compute(key)
getattr(obj, 'x').y = z
