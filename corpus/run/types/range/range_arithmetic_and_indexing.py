# range length, index, count and slicing arithmetic with negative steps and big bounds.
cases = [range(0, 10), range(10, 0, -1), range(-5, 5, 3), range(5, -5, -3), range(0, 1), range(1, 0), range(0, 100, 7)]
for r in cases:
    print(r, len(r), list(r)[:5], r[0] if r else None, r[-1] if r else None, r[::2], r[1:-1], r[::-1])
big = range(-(10 ** 30), 10 ** 30, 10 ** 29)
print(big[5], big[-1], big.index(0), len(big), 10 ** 29 in big, 10 ** 29 + 1 in big, big[3:6])
r = range(0, 20, 5)
print(r.index(15), r.count(10), r.count(11), 15 in r, 15.0 in r, "15" in r)
try:
    r.index(16)
except ValueError as e:
    print("ValueError:", e)
print(range(0, 10, 3) == range(0, 11, 3), range(0, 3) == range(0, 3, 1), hash(range(0)) == hash(range(5, 5)))
