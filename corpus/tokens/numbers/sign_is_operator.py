# signs are separate OP tokens
x = -1
y = +1.5e-3
z = --1
w = -0x10
