# Subscription and slicing of sequences with negative, omitted and out-of-range bounds.
s = "abcdefgh"
l = list(range(10))
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2:1:-2])
print(s[100:], s[-100:2], s[5:2], s[2:2], repr(s[8:]))
print(l[3:7], l[7:3:-1], l[::-3], l[-1:-11:-1], l[slice(2, None, 4)])
try:
    s[8]
except IndexError as e:
    print("IndexError:", e)
try:
    l[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    l[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    l["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
l[2:5] = ["x"]
print(l)
l[::3] = "ABCD"[: len(l[::3])]
print(l)
del l[::2]
print(l)
l[1:1] = [100, 200]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
t = (0, 1, 2, 3)
print(t[1:3], t[True], t[False], t[-True])
print("xyz"[::-1][1], [[1, 2], [3, 4]][1][0], {"a": [1, {"b": 2}]}["a"][1]["b"])
print(b"bytes"[1], b"bytes"[1:3], bytearray(b"abc")[::-1], range(10)[2:8:3], range(10)[-1])
m = {(1, 2): "tuple key"}
print(m[1, 2], m[(1, 2)])
