# slice objects used for assignment and deletion through __setitem__/__delitem__ of lists.
data = list(range(10))
s = slice(2, 8, 2)
print(data[s])
data[s] = ["a", "b", "c"]
print(data)
del data[slice(None, None, 3)]
print(data)
data[slice(1, 3)] = []
print(data)
data[slice(0, 0)] = ["start"]
print(data)


class Recorder:
    def __getitem__(self, k):
        return ("get", k)

    def __setitem__(self, k, v):
        print("  set", k, v)

    def __delitem__(self, k):
        print("  del", k)


r = Recorder()
r[1:2] = "x"
r[::-1] = "y"
del r[:3]
del r[1:2, ::2]
print(r[:, 1], r[..., None])
