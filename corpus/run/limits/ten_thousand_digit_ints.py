# 10^4-digit integers: multiplication, division, powers and conversion with a raised limit.
import sys

sys.set_int_max_str_digits(50000)
a = 3 ** 20959
b = 7 ** 11831
print(len(str(a)), len(str(b)))
p = a * b
print(len(str(p)), str(p)[:20], str(p)[-20:])
q, r = divmod(p + 12345, b)
print(q == a, r)
print(pow(2, 33219, 10 ** 30), (2 ** 33219) % 999999937)
f = 1
for i in range(2, 3250):
    f *= i
s = str(f)
print(len(s), s[:25], len(s) - len(s.rstrip("0")))
print(int(s) == f, int(s, 10) % 1000000007, hex(f)[:18], f.bit_length())
x = int("9" * 10000)
print((x + 1) == 10 ** 10000, len(str(x * x)), str(x * x)[:5], str(x * x)[-5:])
print(a.bit_length(), (a >> 30000).bit_length(), (a & 0xFFFFFFFF), (-a) // b < 0)
print(sum(int(c) for c in str(2 ** 30000)))
