# slice(): construction forms, attributes and indices().
print(slice(3), slice(1, 3), slice(1, 3, 2), slice(None, None, None), slice("a", "b"))
s = slice(-5, None, 2)
print(s.start, s.stop, s.step, s.indices(10), list(range(*s.indices(10))), "abcdefghij"[s])
for n in [0, 1, 3]:
    print(n, slice(None, None, -1).indices(n), slice(2, -2).indices(n))
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
