# isinstance() and issubclass() with tuples, unions, abstract classes and errors.
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", (bytes, (list, str))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, object), issubclass(type, object))
print(isinstance(1, int | str), isinstance("x", int | None), issubclass(bool, int | float), isinstance(None, int | None))
import collections.abc as cabc

print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance("s", cabc.Iterable), isinstance(5, cabc.Iterable))
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence), issubclass(dict, cabc.Hashable))


class Iter:
    def __iter__(self):
        return iter([])


print(isinstance(Iter(), cabc.Iterable), issubclass(Iter, cabc.Iterator))
for call in ["isinstance(1, 5)", "isinstance(1, (int, 5))", "issubclass(1, int)", "issubclass(int, 'x')", "isinstance(1)",
             "issubclass(int, (1,))", "isinstance(1, list[int])"]:
    try:
        print(call, eval(call))
    except TypeError as e:
        print(call, "TypeError:", e)
print(isinstance(1, ()), issubclass(int, ()), isinstance(1, (str, (), (int,))))
