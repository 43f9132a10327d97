# power binds tighter than unary on its left, looser on its right; right assoc
a = -2 ** 2
b = 2 ** -1
c = (-2) ** 2
d = 2 ** -x ** -y
e = a ** b ** c
f = (a ** b) ** c
g = -a ** b
h = ~a ** ~b
i = not a ** b
j = x.y ** z.w
k = f(x) ** g(y)[0]
l = 2 ** 10 ** -2
