# Infinite generators consumed partially with zip, next and manual slicing.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    return [next(it) for _ in range(n)]


nat = naturals()
print(take(5, nat), take(3, nat))
print(list(zip("abc", naturals(100))))


def sieve():
    composites = {}
    for n in naturals(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


print(take(20, sieve()))


def cycle(seq):
    while True:
        yield from seq


c = cycle("xy")
print("".join(take(7, c)))


def triangle():
    total = 0
    for n in naturals(1):
        total += n
        yield total


t = triangle()
print([v for _, v in zip(range(10), t)], next(t))
