# one expression per precedence level, combined into a ladder
f = lambda: a if b else c or d and not e == f | g ^ h & i << j + k * -l ** m
g = (lambda: (a if (b) else (c or (d and (not (e == (f | (g ^ (h & (i << (j + (k * (-(l ** m))))))))))))))
h = not a == b
i = not a in b and c not in d or e is not f
j = a if b else c if d else e
k = (a if b else c) if d else e
l = a or b and c or d
m = -a ** -b ** -c
async def coro():
    return -await x ** 2 + await y * 3
