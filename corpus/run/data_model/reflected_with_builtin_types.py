# User types combined with built-in numbers: which method runs for int op obj and obj op int.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __add__(self, o):
        return f"Num.__add__({o!r})"

    def __radd__(self, o):
        return f"Num.__radd__({o!r})"

    def __rsub__(self, o):
        return f"Num.__rsub__({o!r})"

    def __rtruediv__(self, o):
        return f"Num.__rtruediv__({o!r})"

    def __eq__(self, o):
        return f"Num.__eq__({o!r})"

    def __lt__(self, o):
        return f"Num.__lt__({o!r})"

    def __gt__(self, o):
        return f"Num.__gt__({o!r})"


n = Num(1)
print(n + 1, 1 + n, 1.5 + n, True + n, 1j + n, "s" + n if False else "skip", [1] + n if False else "skip")
print(2 - n, 2 / n, 1 == n, n == 1, 1 < n, 1 > n, 1.0 < n)
print(sum([n], 0), sum([1, 2], n) if False else "skip")
print([1] == n, (1,) < n)
