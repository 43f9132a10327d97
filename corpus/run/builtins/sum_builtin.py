# sum() with start values, floats, mixed types and the refusal to sum strings.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum([0.1] * 10), sum([1, 2.5, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2, 0.5]), sum(x * x for x in range(4)), sum([], start=[]) )
print(sum([10 ** 20, 1, -10 ** 20]), sum([1e100, 1.0, -1e100]), sum([2 ** 64] * 3), sum([True] * 5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, None])
except TypeError as e:
    print("TypeError:", e)


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    __radd__ = __add__


print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v)
print(sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, 1.0]), sum([-0.0]), sum([-0.0], -0.0))
