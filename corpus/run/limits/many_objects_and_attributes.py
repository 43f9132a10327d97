# Many small objects, attributes and closures created and discarded.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [P(i, -i) for i in range(50000)]
print(len(pts), sum(p.x for p in pts), pts[-1].y)


class D:
    pass


objs = []
for i in range(20000):
    o = D()
    for k in range(5):
        setattr(o, f"a{k}", i + k)
    objs.append(o)
print(len(objs), objs[123].a4, sum(o.a0 for o in objs) % 1000)
fns = [(lambda v: lambda: v)(i) for i in range(50000)]
print(fns[49999](), sum(f() for f in fns[:1000]))
del pts, objs, fns
print("done")
