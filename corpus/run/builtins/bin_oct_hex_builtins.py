# bin(), oct() and hex() on ints, bools, negatives, big values and __index__ objects.
for n in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100), True]:
    print(n, bin(n), oct(n), hex(n))


class I:
    def __index__(self):
        return 42


print(bin(I()), oct(I()), hex(I()))
for call in ["bin(1.5)", "hex('a')", "oct(None)", "hex()"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError:", e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-12345), 0))
print(float.hex(1.5), (255).to_bytes(1, "big").hex())
