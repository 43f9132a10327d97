# Integer arithmetic in loops: accumulation, overflow into big ints, and bit tricks.
total = 0
for i in range(1, 101):
    total += i ** 3
print(total, total == (100 * 101 // 2) ** 2)
x = 1
for _ in range(100):
    x = x * 3 + 1
print(x, x.bit_length(), x % 1000000007)
n = 0xDEADBEEF
bits = []
while n:
    bits.append(n & 1)
    n >>= 1
print(len(bits), sum(bits), bits[:8])
v = 2 ** 64 - 1
v += 1
print(v, v - 1, v >> 64, (v - 1) & 0xFF)
acc = 1
for p in [2, 3, 5, 7, 11, 13]:
    acc *= p
print(acc, [acc % p for p in [2, 3, 4, 17]])
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
