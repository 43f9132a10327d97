# 10^4-digit integers: arithmetic, digit sums and the str conversion limit.
import sys

x = 7 ** 11830
print(x.bit_length(), x % 10 ** 12, x % 999983)
y = 10 ** 9999 + 12345
print((x * y) % 1000000007, (x + y) % 1000000007, (x - y) % 1000000007)
print(x // (10 ** 9000) % 10 ** 20)
print(divmod(x, 10 ** 5000)[1] % 10 ** 10)
try:
    str(x)
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(20000)
s = str(x)
print(len(s), s[:30], s[-30:], sum(map(int, s)))
print(int(s) == x, int(s[:5000]) % 97)
print(len(str(y)), str(y)[:3], str(y)[-6:])
print(len(hex(x)), hex(x)[:20], hex(x)[-10:])
sys.set_int_max_str_digits(0)
big = int("1" * 12000)
print(big % 1000003, big.bit_length())
sys.set_int_max_str_digits(4300)
try:
    int("2" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(bin(2 ** 40000)), (2 ** 40000).bit_count())
