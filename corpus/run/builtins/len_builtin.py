# len() of every sized built-in and its error messages.
print(len(""), len("héllo"), len(b"ab"), len(bytearray(3)), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(frozenset()), len(range(0, 10, 3)), len(range(10, 0)), len({}.keys()), len({1: 1}.items()), len(memoryview(b"abc")))
for bad in [5, 1.5, None, iter([]), (x for x in []), print]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)


class L:
    def __len__(self):
        return 3


class BadLen:
    def __len__(self):
        return "3"


class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()


print(len(L()), len(IndexLen()))
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
