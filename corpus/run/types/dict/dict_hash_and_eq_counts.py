# A key's __hash__ and __eq__ run exactly as often as CPython runs them: setdefault hashes and
# compares once, sets and dict.fromkeys reuse the hashes a dict or set already holds; iteration
# notices keys replaced during it, and update notices the source changing under it.
class H(int):
    hashes = 0
    eqs = 0

    def __hash__(self):
        H.hashes += 1
        return int.__hash__(self) % 3

    def __eq__(self, other):
        H.eqs += 1
        return int(self) == int(other)


def counts(label):
    print(label, H.hashes, H.eqs)
    H.hashes = H.eqs = 0


d = dict.fromkeys(map(H, range(6)))
counts("fromkeys(map)")
s = set(d)
counts("set(dict)")
s.difference(d)
counts("difference")
s.symmetric_difference_update(d)
counts("symmetric_difference_update")
dict.fromkeys(set(d))
counts("fromkeys(set)")
dict.fromkeys(frozenset(d), 1)
counts("fromkeys(frozenset)")
y = {H(1): 5}
counts("literal")
print(y.setdefault(H(4), []), y.setdefault(H(1), "x"))
counts("setdefault")

for make in (lambda d: d, lambda d: d.values(), lambda d: d.items()):
    d = {0: 0}
    try:
        for i in make(d):
            del d[0]
            d[0] = 0
    except RuntimeError as e:
        print(type(e).__name__, e)


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 100))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print(type(e).__name__, e)
print({}.fromkeys("ab"), (5).from_bytes(b"\x01", "big"), b"".fromhex("41"), "".maketrans("a", "b"))
