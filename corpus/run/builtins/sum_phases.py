# sum() adds exact ints and bools in a machine word, then floats (and ints of any int type) as a
# C double, then anything else with `+`, as builtin_sum_impl does; each phase hands the item
# it cannot take to the next.
class I(int):
    def __radd__(self, other):
        return "I.__radd__"

    def __add__(self, other):
        return "I.__add__"


class F(float):
    def __radd__(self, other):
        return "F.__radd__"


print(sum([1.0, I(2)]))          # the double phase takes any int: no __radd__
print(sum([1, I(2)]))            # an int subclass leaves the word phase: __radd__
print(sum([1, F(2.0)]))          # a float subclass is not taken either
print(sum([1.5, F(2.0)]))
print(sum([True, True, 3]), type(sum([True, False])))
print(sum([1, 2.5, 3, 2 ** 70]))
print(sum([2 ** 62, 2 ** 62, 1]))
print(sum([-2 ** 63, -1]))
print(sum([1, 2 ** 64, 3]))
print(sum([0.1] * 10))
print(sum([1, 2], 0.5), sum([], 2 ** 80), sum([], 1.5))
print(sum(x * x for x in range(1000)))
print(sum((x / 3 for x in range(10)), 1))
print(sum([[1], [2]], []))
print(sum([(1,), (2, 3)], ()))
for bad in (["a"], [1, "a"], [1.0, "a"], [1, 2.0, None]):
    try:
        print(sum(bad, "" if bad == ["a"] else 0))
    except TypeError as e:
        print("TypeError:", e)
import fractions
import decimal
print(sum([1, fractions.Fraction(1, 3), 2.0]))
print(sum([decimal.Decimal("1.1"), 2]))


def failing():
    yield 1
    yield 2.5
    raise ValueError("from the iterator")


try:
    sum(failing())
except ValueError as e:
    print("ValueError:", e)
