# Range iterators whose values pass the machine-integer range part way: every value must be
# exact, including steps of -2**63 that reach past -2**64.
M = 2 ** 64
for r in [range(0, -M - 2, -2 ** 63), range(0, M + 2, 2 ** 63 - 1), range(2 ** 63 - 3, 2 ** 63 + 2),
          range(-2 ** 63 + 2, -2 ** 63 - 3, -1), range(-M, M, M // 2 + 1)]:
    items = list(r)
    print(r, len(r), items == [r.start + i * r.step for i in range(len(r))], items[-1])
    print(list(reversed(r)) == items[::-1])

class B:
    def __bytes__(self):
        return None

class Bb(bytes):
    pass

class C:
    def __bytes__(self):
        return Bb(b"x")

try:
    bytes(B())
except TypeError as e:
    print("TypeError:", e)
print(bytes(C()))
