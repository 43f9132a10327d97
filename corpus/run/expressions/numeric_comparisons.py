# Comparisons between ints, floats and bools are exact, even for huge values.
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big) < big + 1)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -10 ** 400 > float("-inf"))
print(1 == 1.0, 1 < 1.5 < 2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
nan = float("nan")
print(nan < 1, nan > 1, nan == nan, nan != nan, 1 < nan, nan in [nan])
print(True == 1, False == 0, True > False, True + 0.5 > 1, True is True)
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(sorted([3, 1.5, True, 2, 0.5, False]))
print(-0.0 == 0.0, 0 == -0.0, (0.0).__eq__(-0.0))
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, hash(2 ** 64) == hash(2.0 ** 64))
print(1e16 + 1 == 1e16, 9007199254740993 == 9007199254740992.0)
print(1 + 0j == 1, 1j == 1, (1 + 0j) == 1.0)
try:
    1j < 2j
except TypeError as e:
    print("TypeError:", e)
