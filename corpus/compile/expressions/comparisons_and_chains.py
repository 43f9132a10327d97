# Comparison operators, identity, membership and chained comparisons with side effects.
def cmp(a, b, c):
    return (
        a < b, a <= b, a == b, a != b, a > b, a >= b,
        a is b, a is not b, a in c, a not in c,
        a < b < c[0], a < b > c[-1], a == b == c[0] != 0,
        not a < b, not (a in c),
    )


print(cmp(1, 2, [1, 3]), cmp(2, 2, [0]))


def chain_calls(f, x):
    return f(x) < f(x + 1) <= f(x + 2) < f(x + 3)


log = []


def f(v):
    log.append(v)
    return v % 3


print(chain_calls(f, 0), log)
