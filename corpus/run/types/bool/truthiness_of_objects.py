# bool() of built-in and user objects, and truthiness in control flow.
class Empty:
    pass


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Truthy:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


values = [0, 1, -0.0, 0.5, "", "0", b"", b"\x00", [], [None], (), ((),), {}, {0: 0}, set(), frozenset([0]),
          range(0), range(2), None, Empty(), Sized(0), Sized(2), Truthy(), 0j, 1j, bytearray(), Ellipsis]
for v in values:
    name = type(v).__name__
    print(f"{name:10} {bool(v)}")
count = 0
for v in values:
    if v:
        count += 1
print("truthy count:", count)
print([v for v in [0, 1, "", "a"] if v], list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(all([]), any([]), all([1, "a"]), any([0, ""]))
while Sized(0):
    print("never")
print("x" if Sized(1) else "y")
