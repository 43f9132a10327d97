# numbers immediately followed by keywords/names
x = 1if x else 2
y = 0xfor
z = [0x1for x in y]
w = 1or 2
v = 1_000if 1 else 0
u = 1jif 1 else 0
