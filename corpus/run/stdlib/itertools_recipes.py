# Classic itertools recipes implemented with the module's building blocks.
import itertools as it


def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fill)


def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))


def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def unique_justseen(iterable):
    return map(next, map(lambda g: g[1], it.groupby(iterable)))


print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(it.starmap(lambda a, b: a * b, zip(range(4), it.count(10)))))
print(sum(1 for _ in it.combinations(range(10), 3)), list(it.islice(it.count(), 0, 20, 6)))
