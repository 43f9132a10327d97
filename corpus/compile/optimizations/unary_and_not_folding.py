# Unary operators on constants fold; 'not' on comparisons inverts the comparison at compile time.
def inverted(a, b):
    return not a == b, not a != b, not a < b, not a in [b], not a is b, not a is not b, not (a in (b,))


print(inverted(1, 1), inverted(1, 2))
x = -1
y = - 1.5
z = ~0
w = not 0
v = not ()
u = -(-5)
t = +(-5)
print(x, y, z, w, v, u, t, -(2 ** 63), -0, -0.0, -(0j))
