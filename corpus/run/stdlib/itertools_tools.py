# itertools: infinite iterators, combinatorics and grouping.
import itertools as it

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([], initial=5)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, 0, 2])))
print([(k, list(g)) for k, g in it.groupby("aaabccdaa")], [(k, len(list(g))) for k, g in it.groupby(sorted("banana"))])
print(list(it.pairwise(range(5))), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.islice(range(100), 10, 20, 3)))
