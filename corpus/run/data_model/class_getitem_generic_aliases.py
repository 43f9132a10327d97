# Generic aliases of builtin containers: attributes, equality, repr, and instantiation.
from types import GenericAlias

aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]], type[int]]
for a in aliases:
    print(repr(a), a.__origin__.__name__, a.__args__)
print(list[int] == list[int], list[int] == list[str], list[int] is list[int], hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), isinstance(list[int], GenericAlias), type(list[int]).__name__)
print(GenericAlias(list, (int,)) == list[int], list[int].__parameters__, dict[str, int] | None)


class MyList(list):
    pass


print(MyList[int], MyList[int]([3]), type(MyList[int]([3])).__name__)
