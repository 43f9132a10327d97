# with: multiple managers, parenthesised managers, exit order, suppression, as-targets.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"  enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  exit {self.name} ({exc_type.__name__ if exc_type else 'clean'})")
        return self.suppress


with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with (
    CM("p1") as p1,
    CM("p2"),
):
    print("parenthesised", p1.name)
with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("x")
    print("never")
print("after suppression")
try:
    with CM("first"), CM("second", suppress=False):
        raise KeyError("k")
except KeyError:
    print("propagated")
box = {}
with CM("target") as box["cm"]:
    pass
print(box["cm"].name)
with CM("tuple") as (t):
    print(t.name)


class Pair:
    def __enter__(self):
        return 1, 2

    def __exit__(self, *a):
        return None


with Pair() as (x, y):
    print("unpacked", x, y)
for i in range(3):
    with CM(f"loop{i}", suppress=True):
        if i == 1:
            raise RuntimeError
        print("  body", i)
