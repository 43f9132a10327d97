# hash() values of built-in types (deterministic under PYTHONHASHSEED=0) and id() identity rules.
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 10 ** 20, 0.5, -0.5, 1.0, 1e100, float("inf"), 1 + 2j, True,
          "", "a", "hello", "é", b"", b"a", b"hello", (), (1,), (1, 2), ("a", 1.5), frozenset(), frozenset({1, 2}),
          range(3), range(0, 3)]:
    print(repr(v), hash(v))
for bad in [[], {}, set(), bytearray(), slice(1), ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a), type(id(a)).__name__, id(None) == id(None))


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


print(hash(H(-1)), hash(H(2 ** 64)), hash(H(True)))
try:
    hash(H(1.5))
except TypeError as e:
    print("TypeError:", e)
