a = 1
b = 2.5
c = 3j
d = 0xzz
