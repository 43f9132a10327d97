# Lazy generator pipelines only do the work that is consumed.
def numbers():
    n = 0
    while True:
        print(f"  produce {n}")
        yield n
        n += 1


def squares(src):
    for v in src:
        yield v * v


def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v


print(list(take(3, squares(numbers()))))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def evens(src):
    return (x for x in src if x % 2 == 0)


gen = evens(fib())
print([next(gen) for _ in range(8)])


def windows(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)


print(list(windows(range(6), 3)))


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


p = primes()
print([next(p) for _ in range(15)])
g = (i for i in range(3))
print(type(g).__name__, g.gi_code.co_name, list(g), list(g))
