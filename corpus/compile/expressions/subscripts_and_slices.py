# Subscripts, simple and extended slices, and tuple subscripts in loads, stores and deletes.
lst = list(range(20))
i, j, k = 2, 10, 3
print(lst[0], lst[-1], lst[i], lst[i:j], lst[:j], lst[i:], lst[:], lst[::k], lst[i:j:k], lst[::-1], lst[-3:-1])
lst[i] = "a"
lst[i:j] = "bc"
lst[::k] = [None] * len(lst[::k])
del lst[0]
del lst[1:3]
del lst[::4]
print(lst)


class T:
    def __getitem__(self, key):
        return key


t = T()
print(t[1, 2], t[1:2, 3], t[..., ::2], t[()], t[(1,)], t[i:j, k])
