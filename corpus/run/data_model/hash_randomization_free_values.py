# Hash values that do not depend on the hash seed (numbers, tuples of numbers) and set layouts built from them.
nums = [0, 1, -1, 2 ** 60, -(2 ** 60), 0.5, 1.25, -7.75, 1e20, 3 + 4j, (1, 2), (1, (2, 3)), (), (0.5, -1)]
for n in nums:
    print(repr(n), hash(n))
print({(i, j) for i in range(3) for j in range(2)})
print({i / 4 for i in range(10)})
print({complex(i, -i) for i in range(5)})
print(frozenset({(1, 2), (2, 1), (3, 3)}))
