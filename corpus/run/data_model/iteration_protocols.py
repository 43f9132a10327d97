# __iter__/__next__, the old __getitem__ sequence protocol, and __reversed__.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print("  __iter__")
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)))
for i in Countdown(2):
    print("loop", i)
it = iter(Countdown(1))
print(next(it), next(it, "done"))


class Squares:
    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()))
print(9 in Squares())
print(type(iter(Squares())).__name__)


class Rev:
    def __init__(self, data):
        self.data = data

    def __reversed__(self):
        return iter(["rev:" + str(x) for x in self.data[::-1]])

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]


print(list(reversed(Rev([1, 2, 3]))))


class SeqOnly:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]


print(list(reversed(SeqOnly())))


class NotIter:
    pass


try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)


class NoneIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NoneIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
a, b, c = Countdown(3)
print(a, b, c)
