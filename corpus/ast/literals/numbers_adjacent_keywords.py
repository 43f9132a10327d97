# numeric literals directly followed by keywords (deprecated but accepted in 3.11)
x = 1if True else 2
y = 0 if 1else 2
z = [0x1for x in ()]
w = 1or 2
v = 1and 2
u = 1in [1]
t = 1is 1
s = 1.5if x else 2j
