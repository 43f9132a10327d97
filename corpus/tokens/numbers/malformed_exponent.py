# exponent without digits
a = 1e
b = 1.e
c = 1e+
d = 1.5E-
e = 1ee5
