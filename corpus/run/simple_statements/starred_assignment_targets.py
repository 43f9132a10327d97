# Starred targets in every position, nested, and with different iterables.
a, *b = "x"
print(a, b)
*a, b = [1, 2, 3]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
[a, [*b, c]] = [0, "xyz"]
print(a, b, c)
for first, *mid, last in [(1, 2), (1, 2, 3, 4)]:
    print(first, mid, last)
*everything, = {"k": 1, "j": 2}
print(everything)
head, *tail = iter(range(4))
print(head, tail, type(tail).__name__)
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print("ValueError:", e)
x = [0, 0, 0, 0]
x[0], *x[1:3] = "abc"
print(x)
