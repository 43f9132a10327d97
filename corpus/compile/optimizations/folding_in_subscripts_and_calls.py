# Constant subscripts of constant sequences fold; calls and names never do.
a = (1, 2, 3)[0]
b = "hello"[1]
c = "hello"[1:3]
d = (1, 2, 3)[::-1]
e = b"bytes"[0]
f = [1, 2, 3][0]
g = {"k": 1}["k"]
h = len("folded?")
i = (1, 2) < (1, 3)
j = "a" < "b"
k = 1 == 1.0
l = (1, 2) + (3,) * 2
m = -(1, 2)[0]
print(a, b, c, d, e, f, g, h, i, j, k, l, m)
