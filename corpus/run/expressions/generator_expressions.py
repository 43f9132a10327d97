# Generator expressions are lazy and single-use.
def noisy(n):
    for i in range(n):
        print(f"  producing {i}")
        yield i


g = (x * 10 for x in noisy(3))
print("created")
print(next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 2 for x in noisy(10)))
print(all(x < 1 for x in noisy(10)))
print(list(zip((c for c in "abc"), (i for i in range(10)))))
print(sorted((x % 3, x) for x in range(6)))
g2 = (i for i in range(3))
print(type(g2).__name__, iter(g2) is g2)
print(tuple(x for x in "xyz"), set(x % 2 for x in range(5)), dict((x, x) for x in "ab"))
print("-".join(str(i) for i in range(5)))
nested = ((i, j) for i in range(3) for j in range(i, 3) if i != j)
print(list(nested))
