# List, set, dict and generator comprehensions with multiple fors, ifs, nesting and unpacking.
data = [(1, "a"), (2, "b"), (3, "c")]
lc = [n * 2 for n, _ in data]
lc2 = [(x, y) for x in range(3) if x for y in range(x) if y != 5]
sc = {s.upper() for _, s in data}
dc = {s: n for n, s in data if n > 1}
gc = (n for n, _ in data)
nested = [[c for c in s * n] for n, s in data]
cond = [n if n % 2 else -n for n, _ in data]
star = [(a, rest) for a, *rest in ["xyz", "pq"]]
walrus = [y for n, _ in data if (y := n * 10) > 10]
comp_in_comp = {k: [v for v in range(k)] for k in range(3)}
gen_args = sum(n for n, _ in data)
print(lc, lc2, sorted(sc), dc, list(gc), nested, cond, star, walrus, y, comp_in_comp, gen_args)
