# Container dunders: __getitem__, __setitem__, __delitem__, __contains__, __len__, __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        print(f"  __getitem__({key!r})")
        if isinstance(key, slice):
            return [self[(i, 0)] for i in range(*key.indices(self.w))]
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, v):
        print(f"  __setitem__({key!r}, {v!r})")
        self.cells[key] = v

    def __delitem__(self, key):
        print(f"  __delitem__({key!r})")
        del self.cells[key]

    def __len__(self):
        return self.w * self.h

    def __contains__(self, v):
        return v in self.cells.values()


g = Grid(3, 2)
g[1, 1] = "#"
g[0, 0] = "@"
print(g[1, 1], g[2, 1])
print(g[0:3])
print(g[::2])
print("#" in g, "?" in g, len(g))
del g[1, 1]
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)


class Defaulting(dict):
    def __missing__(self, key):
        print(f"  __missing__({key!r})")
        return key.upper()


dd = Defaulting(a="x")
print(dd["a"], dd["b"], dd.get("c", "get skips missing"), "b" in dd)


class NoSet:
    def __getitem__(self, k):
        return k


try:
    NoSet()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoSet()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
five = 5
try:
    five[0]
except TypeError as e:
    print("TypeError:", e)
