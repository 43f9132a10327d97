# The 'in' operator: __contains__, then __iter__, then __getitem__ with increasing indexes.
class WithContains:
    def __contains__(self, x):
        print("  __contains__", x)
        return x == 1


class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i > 3:
            raise IndexError
        return i


print(1 in WithContains(), 2 in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(2 in WithGetitem(), 9 in WithGetitem())


class NoneContains:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    1 in NoneContains()
except TypeError as e:
    print("TypeError:", e)


class GetitemKeyError:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    1 in GetitemKeyError()
except KeyError as e:
    print("KeyError propagates:", e)
