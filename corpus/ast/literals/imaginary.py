# imaginary literals and complex expressions built from them
a = 1j
b = 1.5J
c = 1e3j
d = 0j
e = 1_0j
f = 1e309j
g = .5j
h = 1.j
i = 3 + 4j
j = -2j
k = 00j
l = 09j
m = (1+2j) * (3-4j)
