# misplaced underscores
a = 1__0
b = 1_
c = 1_000_
d = 0x_
e = 1._5
f = 1_.5
g = 1e_5
