# Calling dunders of built-in types directly, including NotImplemented results.
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3))
print((5).__add__(3.0), (5.0).__add__(3), (5.0).__radd__(3))
print((5).__truediv__(2), (5).__floordiv__(2), (5).__mod__(2), (5).__pow__(2), (5).__pow__(2, 3))
print("ab".__add__("cd"), "ab".__mul__(3), "ab".__rmul__(2))
try:
    "ab".__add__(1)
except TypeError as e:
    print("TypeError:", e)
print([1].__add__([2]), [1].__mul__(2), (1,).__add__((2,)))
try:
    [1].__add__((2,))
except TypeError as e:
    print("TypeError:", e)
print((1).__eq__(1.0), (1).__eq__("1"), (1).__lt__(2), "a".__lt__(1))
print((2).__bool__(), (0).__bool__(), (3).__neg__(), (3).__invert__(), (-3).__abs__())
print({1: 2}.__getitem__(1), [4, 5].__getitem__(-1), "xyz".__contains__("y"))
print((1).__hash__() == hash(1), (7).__index__(), (7.5).__int__(), (7).__float__())
print(int.__add__(2, 3), float.__mul__(2.0, 4.0), str.__len__("four"))
print({1, 2}.__or__({3}), {1, 2}.__and__({2}), {1, 2}.__sub__({1}), {1, 2}.__xor__({2, 3}))
print({1, 2}.__or__([3]))
print({"a": 1}.__or__({"b": 2}), {"a": 1}.__ror__({"b": 2}))
print(complex(1, 2).__mul__(2), (2).__rtruediv__(1), (3).__rpow__(2))
print((10).__divmod__(3), (10).__rdivmod__(3), (-7).__floordiv__(2), (-7).__mod__(2))
print(bool.__and__(True, False), bool.__or__(True, 1), True.__xor__(True))
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError:", e)
