# The walrus operator in conditions, loops, comprehensions and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
it = iter(data)
while (v := next(it, None)) is not None:
    print("read", v)
print([y for x in data if (y := x * 2) > 8])
print(y)
total = 0
print([total := total + x for x in data], total)
print((z := 5) + z)
print(f"{(w := 3) * 2} {w}")


def f(a):
    return a * 10


print(f(q := 4), q)
print([(last := i) for i in range(3)], last)
chunks = "a,b,,c"
pos = 0
while (idx := chunks.find(",", pos)) != -1:
    print("segment", repr(chunks[pos:idx]))
    pos = idx + 1
print("tail", repr(chunks[pos:]))
print(any((hit := c) == "x" for c in "abxd"), hit)
