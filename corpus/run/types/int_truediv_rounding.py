# int / int is correctly rounded once, half to even, also when the quotient is subnormal or
# near the overflow threshold, and float.fromhex rounds the same way.
import random

random.seed(1234)
out = []
for _ in range(3000):
    a = random.getrandbits(random.randint(1, 200)) * random.choice((1, -1))
    b = random.getrandbits(random.randint(1, 200)) or 1
    scale = random.choice((0, 0, 1000, 1060, 1070, 1074, 1075, 1080, -900, -1020, -1023))
    if scale > 0:
        b <<= scale
    elif scale < 0:
        a <<= -scale
    try:
        out.append((a / b).hex())
    except OverflowError as e:
        out.append(str(e))
print(len(out), hash(tuple(out)))
print(out[:5])
cases = [(2**68 + 1, 2**(68 + 1075)), (1, 2**1075), (3, 2**1076), (2**60 + 1, 2**1135), (2**1024 - 2**970, 1),
         (2**1024 - 2**969, 1), (-(2**53 + 1), 2**1100), (10**400, 3 * 10**399), (1, 3 * 2**1060)]
for a, b in cases:
    try:
        print((a / b).hex())
    except OverflowError as e:
        print("OverflowError", e)
for h in ("0x1.00000000000000001p-1075", "0x1p-1075", "0x1.8p-1075", "0x0.8p-1073", "0x1.fffffffffffff8p-1023",
          "0x1.fffffffffffff7ffffp1023", "0x3p-1076", "-0x1.0000000000001p-1075"):
    print(h, float.fromhex(h).hex())
