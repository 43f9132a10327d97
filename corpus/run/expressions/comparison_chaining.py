# Chained comparisons evaluate each operand at most once and short-circuit.
def v(x, label):
    print(f"  eval {label}")
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1, "a") < v(2, "b") < v(3, "c"))
print(v(1, "a") < v(0, "b") < v(3, "c"))
print(1 == 1.0 == True, 1 == 1 != 2, 1 != 2 != 1)
print(1 < 2 > 0 < 5 >= 5 <= 5)
x = 5
print(0 <= x < 10, 0 <= x < 5, (x == 5) is not None)
print(1 in [1, 2] in [[1, 2], [3]])
print("a" < "b" < "c", "abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), [] < [0], (0,) < (0, 0))
print(None is None is not False)
print(2 < 3 == 3 < 4)
print((1 < 2) < 3, 1 < (2 < 3))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(1.5 < 2 < 2.5, 1 < 1.0 + 1e-9, 10 ** 20 > 1e19, 2 ** 53 + 1 > 2.0 ** 53)
print(float("inf") > 10 ** 300, -float("inf") < -(10 ** 300))
print(3 > 2 and 2 > 1, not 1 > 2)
