# Nested comprehensions: inner ones see outer loop variables; names do not leak.
pairs = [(i, j) for i in range(3) for j in range(i)]
matrix = [[i * j for j in range(4)] for i in range(3)]
print(pairs, matrix)
flat = [x for row in matrix for x in row if x % 2 == 0]
print(flat)
print({i: [j for j in range(i) if (i + j) % 2] for i in range(5)})
print([[c for c in w if c in "aeiou"] for w in ["banana", "sky", "queue"]])
words = ["ab", "cde"]
print([(w, [ch.upper() for ch in w]) for w in words])
print([x for x in [y for y in range(10) if y % 3 == 0] if x > 0])
gen = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(g)) for i, g in gen])
try:
    print(i)
except NameError as e:
    print("NameError:", e)
print(sum(sum(row) for row in matrix), max(max(r) for r in matrix))
print([f(3) for f in [lambda n, k=k: n * k for k in range(3)]])
