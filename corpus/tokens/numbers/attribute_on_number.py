# dot after a number
a = 1.__class__
b = 1 .real
c = 1..real
d = 1.0.hex()
e = 0x1.real
