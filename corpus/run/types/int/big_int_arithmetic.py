# Arbitrary-precision integer arithmetic well past 64 bits.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, b // 12345, b % 12345, -b // 12345, -b % 12345)
print(divmod(a * b + 17, b))
print(a ** 3)
print((10 ** 50 + 1) * (10 ** 50 - 1))
print(-(2 ** 127), (2 ** 127 - 1) * -1, abs(-(2 ** 200)))
print(2 ** 64 // 2 ** 32, 2 ** 64 % (2 ** 32 + 1), (2 ** 64 + 7) // -3)
print(123456789123456789123456789 * 987654321987654321987654321)
print(int("9" * 60) + 1 == 10 ** 60, int("-" + "1" * 40))
n = 1
for i in range(1, 41):
    n *= i
print(n)
print(n // (2 ** 30), n % 1000007, n.bit_length(), len(str(n)))
print(sum(range(10 ** 6)) * 10 ** 20)
print((2 ** 521 - 1) % 1000000007, pow(2, 521, 2 ** 61 - 1))
print(10 ** 30 / 10 ** 10, 10 ** 30 / 3, (2 ** 1000) / (2 ** 999))
print(-7 ** 40, (-7) ** 41)
print(int(1e30), int(-1.5e20), int(2.0 ** 80))
