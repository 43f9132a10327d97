# slice objects: attributes, indices(), use with custom __getitem__, and hashing rules.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice(None, None, -1))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(7))
print("abcdefghij"[s], [0, 1, 2, 3, 4, 5][slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)


class Show:
    def __getitem__(self, key):
        return key


sh = Show()
print(sh[1:2], sh[::3], sh[:], sh[1:2, 3], sh[..., 1:], sh["a":"b"], sh[1:2:None])
print(slice("a", [1], None), slice(1.5, 2.5).start)
