# AST-level constant folding of arithmetic, bitwise, unary and comparison-free operators.
a = 1 + 2
b = 7 - 10
c = 6 * 7
d = 7 / 2
e = 7 // 2
f = -7 % 3
g = 2 ** 10
h = 1 << 5
i = 256 >> 3
j = 0b1100 & 0b1010
k = 0b1100 | 0b1010
l = 0b1100 ^ 0b1010
m = -5
n = +5
o = ~5
p = not 1
q = -(-(3))
r = 2 ** -1
s = 1.5 * 4
t = 1j * 1j
u = (1 + 2) * (3 + 4) - 5 ** 2
v = True + True
w = 10 % 3.5
x = 2.0 ** 0.5
y = -0.0
z = - -0.0
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z)
