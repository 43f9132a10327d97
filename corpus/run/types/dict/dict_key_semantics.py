# Keys are compared by hash and equality: int/float/bool unify, mutable keys are rejected.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool true"
d[0] = "zero"
d[-0.0] = "negative zero"
print(d, len(d))
print(d[1.0], d[True], d[0.0])
d2 = {(1, 2): "tuple", frozenset({1, 2}): "fs", "s": "str", b"s": "bytes", None: "none", 2 ** 64: "big"}
print(d2[(1, 2)], d2[frozenset({2, 1})], d2["s"], d2[b"s"], d2[None], d2[2.0 ** 64])
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), ([],)]:
    try:
        d2[bad] = 1
    except TypeError as e:
        print(type(bad).__name__, "TypeError:", e)


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name})"


colliding = {Key("a"): 1, Key("b"): 2, Key("c"): 3}
print(colliding, colliding[Key("b")], Key("d") in colliding)
del colliding[Key("a")]
colliding[Key("a")] = 4
print(list(colliding.items()))
nan = float("nan")
nd = {nan: 1}
print(nd[nan], float("nan") in nd, len({float("nan"): 1, float("nan"): 2}))
