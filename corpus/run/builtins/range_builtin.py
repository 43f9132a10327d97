# range() argument forms and errors.
print(list(range(4)), list(range(2, 5)), list(range(0, 10, 4)), list(range(5, 0, -2)), list(range(0, -3, -1)))
print(list(range(True, 3)), range(10 ** 30, 10 ** 30 + 2)[1], list(range(-2)))


class Idx:
    def __index__(self):
        return 3


print(list(range(Idx())), range(Idx(), 10, Idx()))
for args in [(), (1, 2, 3, 4), (1.0,), ("1",), (1, 2, 0), (None,)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__ + ":", e)
try:
    range(stop=3)
except TypeError as e:
    print("TypeError:", e)
