# radix prefix without digits or with wrong digits
a = 0x
b = 0b102
c = 0o8
d = 0xg
e = 0b
f = 0o
