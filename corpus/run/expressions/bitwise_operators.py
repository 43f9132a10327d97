# Bitwise operators on ints, bools, negatives and big ints.
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100)
print(bin(0b1100 & 0b1010), bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010))
print(-6 & 0xFF, -6 | 1, -6 ^ 1, ~-6, -1 & 12345, -1 ^ 12345)
print(1 << 0, 1 << 10, 1 << 100, -1 << 5, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100)
print((1 << 200) >> 199, (1 << 64) - 1 & 0xFFFF, (2 ** 100 - 1) ^ (2 ** 99))
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__, type(True & 1).__name__)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" | "b"
except TypeError as e:
    print("TypeError:", e)
print({1, 2} & {2, 3}, {1, 2} | {2, 3}, {1, 2} ^ {2, 3}, {1, 2} - {2, 3})
print({"a": 1} | {"b": 2})
mask = 0
for bit in (0, 3, 5):
    mask |= 1 << bit
print(mask, bin(mask), [b for b in range(8) if mask >> b & 1])
x = 0b10110000
print(x & -x, (x & -x).bit_length() - 1)
