# Integer and float arithmetic, conversions and CPython's arithmetic errors.
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), divmod(7.5, -2))
print(2 ** 64, 2 ** -2, (-2) ** 3, 10 ** 20 // 3, -(10 ** 20) % 7)
print(1 / 3, 2 / 4, 10 ** 30 / 10 ** 10, 1e308 * 10, -1e308 * 10)
print(0.1 + 0.2, 1.5e-7, 123456789.0 * 1000, float('inf'), float('-nan'))
print(int('42'), int(' -17 '), int('ff', 16), int('0b101', 0), int(3.99), int(-3.99))
print(float('1_000.5'), float(' 2.5e3 '), round(2.5), round(3.5), round(2.675, 2))
print(abs(-5), abs(-2.5), pow(3, 4, 5), pow(2, -1, 7), 7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 70, -1 >> 3)
print(True + True, True * 3.5, bool(0), bool(0.0), bool(''), bool([0]))
print(hex(255), oct(-8), bin(10), chr(65), ord('é'), hash(1) == hash(1.0))
print(3 < 4 < 5, 1 == 1.0, 2 ** 53 + 1 == 2.0 ** 53 + 1, 0.5 < 1, 'a' < 'b')
print(max(3, 1, 2), min([4, 2, 8]), sum([1, 2, 3], 10), sum([0.1] * 10))
print((5).bit_length(), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(1.5.is_integer(), (2.0).as_integer_ratio(), (0.75).as_integer_ratio(), 3.7 // 1, 3.7 % 1)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), 1j ** 2)
for expr in ['1 / 0', '1 // 0', '1 % 0', '1.0 / 0', '2.0 ** 10000', 'int("x")',
             '"a" + 1', '1 + "a"', '[1] * "a"', '-"a"', 'float("abc")', '10 ** 5000 * 1.0']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
