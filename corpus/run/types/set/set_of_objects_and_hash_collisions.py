# Sets of user objects with controlled hashes, including full collisions.
class K:
    def __init__(self, v, h):
        self.v, self.h = v, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return f"K{self.v}"


s = {K(i, 7) for i in range(6)}
print(len(s), sorted(s, key=lambda k: k.v), K(3, 7) in s, K(3, 8) in s)
s.discard(K(2, 7))
s.add(K(10, 7))
print(sorted(k.v for k in s))
ordered = {K(i, i % 3) for i in range(9)}
print(len(ordered), [k.v for k in ordered])
mixed = {K(1, 1), 1, 1.0, "1"}
print(len(mixed), K(1, 1) in mixed, 1 in mixed)
