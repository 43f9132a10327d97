# Tuple subclasses (like namedtuple-by-hand) and tuple-specific behaviour.
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    x = property(lambda self: self[0])
    y = property(lambda self: self[1])

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
q = Point(10, 20)
print(p, p + q, p.x, q[1], len(p), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(tuple(p), type(tuple(p)).__name__, list(p), sorted([q, p]), {p: "pt"}[(1, 2)])
print(p[:1], type(p[:1]).__name__, p * 2, type(p * 2).__name__)
x, y = p
print(x, y)
nested = ((1, 2), (3, (4, (5,))))
print(nested[1][1][1][0], len(nested), str(nested))
print(tuple([1, [2, 3]])[1] is not None, (1,) == tuple([1]), (1) == 1)
