# Bit-level methods and operators on ints of any size and sign.
for v in [0, 1, 7, 8, 255, 256, -1, -8, -255, 2 ** 64, 2 ** 64 - 1, -(2 ** 64)]:
    print(v, v.bit_length(), v.bit_count(), bin(v))
print((12).to_bytes(2, "big"), (12).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print((2 ** 70).to_bytes(9, "big"), (65535).to_bytes(2, byteorder="little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"))
print((5).to_bytes(), int.from_bytes(b"\x05"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(2, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(2, "middle")
except ValueError as e:
    print("ValueError:", e)
x = 0b1011_0110
print(x & 0xF, x >> 4, x << 3, x ^ 0xFF, ~x, x | (1 << 10))
print(-x >> 2, -x << 2, -x & 0xFF, -x | 1, -x ^ -1)
print((1 << 100) | 1, ((1 << 100) | 1) & ((1 << 100) - 1), (1 << 100) ^ (1 << 99))
print(-(1 << 100) >> 98, -(1 << 100) & 0xFFFF, ~(1 << 100))
print((6).as_integer_ratio(), (7).numerator, (7).denominator, (7).real, (7).imag, (7).conjugate())
print(True.bit_length(), (255).__index__())
