# Slice assignment, deletion and extended slices on lists.
l = list(range(10))
l[2:5] = []
print(l)
l[:0] = ["a", "b"]
print(l)
l[len(l):] = ["end"]
print(l)
l[1:3] = "XYZ"
print(l)
l[::2] = [0] * len(l[::2])
print(l)
del l[1::3]
print(l)
l[-2:] = (8, 9)
print(l)
l[5:2] = ["inserted at 5"]
print(l)
m = [1, 2, 3]
m[:] = m + m
print(m)
m[1:1] = m
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    m[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
r = list(range(8))
r[::-2] = "abcd"
print(r)
r[10:20] = [99]
print(r)
del r[100:200]
del r[-100:1]
print(r)
