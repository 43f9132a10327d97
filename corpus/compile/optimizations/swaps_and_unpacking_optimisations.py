# Tuple assignments that compile to SWAP sequences instead of building tuples.
a, b = 1, 2
a, b = b, a
x, y, z = 1, 2, 3
x, y, z = z, x, y
p, q = q, p = 5, 6
m = [0, 0]
m[0], m[1] = m[1] + 1, m[0] + 2


def swap_locals(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    (a, b), c = (c, b), a
    return a, b, c


print(a, b, x, y, z, p, q, m, swap_locals(1, 2, 3))
