# integer literals in every base and case
a = 0
b = 00
c = 000_0
d = 7
e = 0b1010
f = 0B11
g = 0b_1_0
h = 0o17
i = 0O777
j = 0o_7
k = 0x1f
l = 0XFF
m = 0xdead_BEEF
n = 0x_f
o = 1_000_000
p = 1_2_3
q = [0, 1, -1, 0x0, 0o0, 0b0]
