# iter() of iterables and the two-argument callable/sentinel form; next() with defaults.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(type(iter("ab")).__name__, type(iter([1])).__name__, type(iter((1,))).__name__, type(iter({1: 2})).__name__,
      type(iter({1})).__name__, type(iter(range(2))).__name__, type(iter(b"x")).__name__, type(iter(tick, 0)).__name__)
for call in ["iter(5)", "iter(5, 1)", "next(5)", "next([1])", "iter()"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError:", e)


class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10


s = iter(Seq())
print(type(s).__name__, list(s))
i2 = iter([1, 2, 3])
print(i2.__length_hint__(), next(i2), i2.__length_hint__())
