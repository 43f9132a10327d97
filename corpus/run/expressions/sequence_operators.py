# + and * on sequences, including negative and zero repetition counts and aliasing.
print([1, 2] + [3], (1,) + (2, 3), "ab" + "cd", b"x" + b"y", bytearray(b"a") + b"b")
print([0] * 3, 3 * "ab", (1, 2) * 2, "x" * 0, [1] * -5, "abc" * True, b"-" * 4)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 9
print(grid)
l = [1]
l *= 3
print(l)
l *= 0
print(l)
t = (1, 2)
print(t * 0, t + (), () * 5)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + b"b"
except TypeError as e:
    print("TypeError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * [2]
except TypeError as e:
    print("TypeError:", e)
try:
    "ab" * (2 ** 100)
except OverflowError as e:
    print("OverflowError:", e)
print(range(3) == range(0, 3), list(range(3)) + [3])
try:
    range(3) + range(2)
except TypeError as e:
    print("TypeError:", e)
print(sorted("cab") + list("zy"), ",".join(["a"] * 3))
