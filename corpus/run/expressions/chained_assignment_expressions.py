# Walrus chains and assignment expressions inside various expression contexts.
data = "3 14 15 92 65"
if (tokens := data.split()) and (n := len(tokens)) > 3:
    print(tokens, n)
print([(y := x * 2, y + 1) for x in range(3)], y)
print({(k := c): k * 2 for c in "ab"}, k)
vals = [v for v in (w.strip() for w in [" a ", "", " b"]) if (stripped := v)]
print(vals, stripped)
a = (b := (c := 5) + 1) + 1
print(a, b, c)


def f(x):
    return (r := x * x) + r


print(f(3), (lambda: (t := 7) * t)())
print([m := 0, m := m + 1, m := m + 1], m)
