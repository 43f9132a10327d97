# Truth testing: __bool__ first, then __len__, else always true.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__")
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__")
        return self.n


class Both(L):
    def __bool__(self):
        print("  Both.__bool__")
        return True


print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both(0)))
print(bool(object()))
if L(2):
    print("L(2) is true")
print(not L(0))
print(B(False) or "fallback")
print(len(L(7)))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class NegLen:
    def __len__(self):
        return -1


try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)


class BigLen:
    def __len__(self):
        return 2**70


try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)


class FloatLen:
    def __len__(self):
        return 1.5


try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
for v in [0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, 1, "a", [0], -0.0]:
    print(repr(v), bool(v))
