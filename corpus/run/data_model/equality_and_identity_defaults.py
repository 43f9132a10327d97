# Default __eq__ is identity; == on containers compares elements, with identity shortcut.
class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, a is not b)
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], (nan,) == (nan,), nan in [nan])
print({nan: 1}.get(nan), float("nan") in [nan])


class AlwaysFalse:
    def __eq__(self, other):
        return False


x = AlwaysFalse()
print(x == x, [x] == [x], x in [x], [x].count(x), [x].index(x))
print((1, 2) == (1, 2), [1, 2] == (1, 2), [1, [2, 3]] == [1, [2, 3]])
print({1: "a"} == {1: "a"}, {1, 2} == frozenset({2, 1}), {1: 1}.keys() == {1})
print(1 == 1.0 == True, "1" == 1, None == False, None is None)
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 2), [] == ())


class EqCounting:
    calls = 0

    def __eq__(self, other):
        EqCounting.calls += 1
        return True


l1 = [EqCounting() for _ in range(3)]
l2 = [EqCounting() for _ in range(3)]
print(l1 == l2, EqCounting.calls)
print(l1 == l1, EqCounting.calls)
