# list.sort is CPython's timsort: the comparisons it makes, their order and count, and where
# an inconsistent or failing `<` leaves the items are all observable, and all match.
import random

rng = random.Random(7)


class Logged:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Logged.log.append((self.v, other.v))
        return self.v < other.v


def shapes(n):
    yield "random", [rng.randrange(n + 1) for _ in range(n)]
    yield "few keys", [rng.randrange(4) for _ in range(n)]
    yield "ascending", list(range(n))
    yield "descending", list(range(n, 0, -1))
    yield "saw", [i % 9 for i in range(n)]
    yield "two runs", list(range(n // 2)) + list(range(n // 2))


for n in (2, 5, 63, 64, 65, 200, 1500):
    for name, items in shapes(n):
        Logged.log = []
        out = sorted(Logged(x) for x in items)
        assert [o.v for o in out] == sorted(items)
        print(n, name, len(Logged.log), Logged.log[:6], sum(a * 31 + b for a, b in Logged.log) % 1000003)
        Logged.log = []
        sorted((Logged(x) for x in items), reverse=True)
        print("  reversed:", len(Logged.log), Logged.log[-4:])


# A comparison that answers at random: the order it leaves is timsort's.
class Coin:
    flips = random.Random(3)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Coin.flips.random() < 0.5


for n in (10, 70, 300):
    coins = [Coin(i) for i in range(n)]
    coins.sort()
    print("coin", n, [c.v for c in coins][:20])

# NaN makes `<` inconsistent too.
floats = [float(i % 7) if i % 4 else float("nan") for i in range(90)]
print([i for i, x in enumerate(sorted(floats)) if x != x])


# An exception part way leaves the list in the partial order the merge reached.
class Failing:
    calls = 0
    limit = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Failing.calls += 1
        if Failing.calls == Failing.limit:
            raise ValueError(f"comparison {Failing.calls}")
        return self.v < other.v


data = [rng.randrange(100) for _ in range(400)]
for limit in (1, 10, 200, 900, 2500):
    Failing.calls, Failing.limit = 0, limit
    items = [Failing(x) for x in data]
    try:
        items.sort()
        print(limit, "sorted")
    except ValueError as e:
        print(limit, e, [f.v for f in items][:12], [f.v for f in items][-6:])

# Keys of one built-in type compare natively; the result is the same.
words = [str(rng.randrange(10**6)) for _ in range(300)] + ["é", "\U0001f600", "Z", ""]
print(sorted(words)[:8], sorted(words, reverse=True)[:4])
print(sorted([rng.random() for _ in range(100)])[:3], sorted(range(-50, 50, 7), key=lambda x: -x)[:5])
print(sorted([2**70, 3, -2**65, 1.5, True]), sorted([(1, "b"), (1, "a"), (0, "c")]))
