# UNPACK_SEQUENCE and UNPACK_EX with many targets and stars in various positions.
a, b, c, d, e, f, g, h = range(8)
i, *j = range(10)
*k, l = range(10)
m, n, *o, p, q = range(10)
(r, s), (t, *u) = "rs", "tuvw"
print(a, h, i, j, k, l, m, n, o, p, q, r, s, t, u)
first, *mid, last = [1] + list(range(300)) + [2]
print(first, len(mid), last)


def in_function(seq):
    x1, x2, *xs, y1, y2 = seq
    return x1, x2, xs, y1, y2


print(in_function(range(7)))
