# Long-running generator pipelines and deeply chained yield from.
def numbers(n):
    yield from range(n)


def chain_depth(k, n):
    if k == 0:
        yield from numbers(n)
    else:
        yield from chain_depth(k - 1, n)


print(sum(chain_depth(200, 10000)))
g = (x * x for x in range(10 ** 6) if x % 3 == 0)
print(sum(g))
total = 0
for a, b in zip(range(10 ** 6), range(10 ** 6, 0, -1)):
    total += a ^ b
print(total)
